# r15-rerun11: hand verdicts now (faca8a0) for round 10's attempts rerun (its failures only; the run was stopped at 100 min).
H = {
 "E-523": ("HELD", "public summary (html): `Detainee A was beaten.` (was refused in round 10)"),
 "E-541": ("HELD", "ky summary: title `Задержанный A ишине байланыштуу баруу` (name replaced; Russian label in a Kyrgyz summary)"),
 "clean-501": ("REFUSED-CLEAN(damaged) (trade-off)", "`Родственник A к родине не оправдывает пыток.`"),
 "clean-503": ("REFUSED-CLEAN(damaged) (trade-off)", "`Камактагы A күнү (9-май) мекемеге бардык.`"),
 "clean-510": ("REFUSED-CLEAN", "export refused: protected-name … person N-8 (`Волковской улице`)"),
 "clean-511": ("REFUSED-CLEAN(damaged) (trade-off)", "`Должностное лицо A не упоминается` (patronymic Викторович alone)"),
 "clean-512": ("REFUSED-CLEAN(damaged) (trade-off)", "`Манас эпосундагы Задержанный A карыя`"),
 "clean-517": ("REFUSED-CLEAN", "export refused: protected-name … persons N-3, O-1 (`Amir Temur`)"),
 "clean-518": ("REFUSED-CLEAN(damaged)", "`Quotes from Detainee A …, a portrait of Detainee B the Great`"),
 "clean-526": ("REFUSED-CLEAN(damaged) (weak)", "`Приказ МВД КР № [phone number withheld]`"),
 "clean-531": ("REFUSED-CLEAN(damaged) (weak)", "`born out of the [date of birth withheld] reform`"),
 "clean-536": ("REFUSED-CLEAN(damaged)", "`Задержанный A Задержанный B пересекает Чуй.` (ул. Жусупа Абдрахманова)"),
 "clean-537": ("REFUSED-CLEAN(damaged) (trade-off)", "`книги Тараса Задержанный A и адмирала Задержанный B`"),
 "clean-542": ("REFUSED-CLEAN(damaged) (trade-off)", "`Задержанный A бояться — в лес не ходить`"),
}
