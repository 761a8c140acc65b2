import sys, time, harness as h
a=h.A("T-3","A","timing","Игоря Голубя избили.",["голуб"])
t=time.time(); r=h.attempt(a); print(time.time()-t, [ (c['args'][0], c['rc']) for c in r['log']]); h.show(r)
