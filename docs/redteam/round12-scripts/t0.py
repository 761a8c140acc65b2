import sys, harness as h
L=[h.A("T-1","clean","clean hand check","Мониторы посетили ИВС. Условия удовлетворительные; в камере 5 человек.",[],keep=["в камере 5 человек"],clean=True),
   h.A("T-2","A","leak hand check","Игоря Голубя избили при задержании. Akyl Bokonbaev was beaten.",["голуб","bokonbaev"])]
h.run_all(L, full=True)
