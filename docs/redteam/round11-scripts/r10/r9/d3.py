import sys, harness as h
L = []
def d(id, desc, body, needles, **kw):
    L.append(h.A(id, "D", desc, body, needles, **kw))
d("D-225", "an `::: internal` div inside a grid-table cell, borders aligned", "+-----------------------------------+\n| Notes                             |\n+===================================+\n| ::: internal                      |\n| He was kept in the boiler room.   |\n| :::                               |\n+-----------------------------------+", ["boiler"])
d("D-226", "an `::: internal` div in the second column of a grid table, State export", "+----------+-------------------------------+\n| Date     | Notes                         |\n+==========+===============================+\n| 12.03.   | ::: internal                  |\n|          | Ему угрожали в котельной.     |\n|          | :::                           |\n+----------+-------------------------------+", ["котельной"], cmds=[["export", "ATK-9", "--audience", "state", "--format", "html", "-o", "out/out.html"]])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
