"""Round 12, variations of the C failures: personal file with a word between, Kyrgyz 'жеке иши', a case number before
'кылмыш иши', a Turkish mobile, the Kyrgyz spelling of a Russian-spelt sensitive place. Run: python3 cv12.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def c(desc, body, digits=(), needles=(), **kw):
    L.append(h.A("C-%04d" % (1701 + len(L)), "C", desc, body, list(needles), digits=list(digits), **kw))
c("control: личное дело № 4512 (the policy's own example)", "Личное дело № 4512 не предъявлено.", ["4512"], needles=["№ 4512"])
c("личное дело осуждённого № 4512 (one word between)", "Личное дело осуждённого № 4512 не предъявлено.", ["4512"], needles=["№ 4512"])
c("номер личного дела 4512", "Номер личного дела 4512 нам не назвали.", ["4512"], needles=["дела 4512"])
c("л/д № 4512 (register abbreviation)", "Согласно л/д № 4512 он прибыл в 2013 г.", ["4512"], needles=["№ 4512"])
c("личное дело заключённого Н. за № 4512", "Личное дело заключённого за № 4512 утеряно.", ["4512"], needles=["№ 4512"])
c("control: кылмыш иши № 7788", "Кылмыш иши № 7788 козголду.", ["7788"], needles=["№ 7788"])
c("жеке иш № 7788 (personal file, no possessive)", "Жеке иш № 7788 көрсөтүлгөн жок.", ["7788"], needles=["№ 7788"])
c("жеке ишинде № 7788", "Анын жеке ишинде № 7788 деп жазылган.", ["7788"], needles=["№ 7788"])
c("№ 123-45/2015 кылмыш ишин (accusative)", "Тергөөчү № 123-45/2015 кылмыш ишин токтотту.", ["123452015"])
c("123-45/2015 номерлүү кылмыш иши (space before номерлүү)", "123-45/2015 номерлүү кылмыш иши козголду.", ["123452015"])
c("Russian: уголовное дело, зарегистрированное под № 123-45/2015", "Уголовное дело, зарегистрированное под № 123-45/2015, прекращено.", ["123452015"])
c("Turkish mobile after 'Телефон'", "Телефон матери: 0532 123 45 67.", ["05321234567"])
c("Turkish mobile after 'tel.'", "Annesi, tel. 0532 123 45 67.", ["05321234567"])
c("Turkish mobile with +90 (control)", "Annesi: +90 532 123 45 67.", ["905321234567"])
c("Turkish mobile alone in a list", "- annesi: 0532 123 45 67\n- babası: 0533 765 43 21", ["05321234567", "05337654321"])
c("Uzbek mobile 11 digits after 'Telefon' with 8: 8 90 123 45 67? no: +998 written 998 90 123 45 67", "Telefon: 998 90 123 45 67.", ["998901234567"])
c("sensitive place Кок-Жар written Kyrgyz Көк-Жар with attributive -дагы", "Көк-Жардагы изолятордо сабалган.", needles=["көк-жардагы", "көк-жар"])
c("sensitive place Кок-Жар written Latin Kök-Jar", "He was held in Kök-Jar for two days.", needles=["kök-jar", "kok-jar"])
c("sensitive place Кок-Жар written Latin Kok-Jar (control)", "He was held in Kok-Jar for two days.", needles=["kok-jar"])
c("sensitive place written Көк-Жар in Russian prose", "Его держали в Көк-Жаре два дня.", needles=["көк-жар"])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
