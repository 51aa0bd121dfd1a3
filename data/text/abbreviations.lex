# Abbreviations that end with a period, case-sensitive as written.
# class 'title': never ends a sentence (titles, ranks, month names before a day number).
# class 'other': ends a sentence only when a capitalised word follows.
@kind abbreviations
@lang en

# Civil titles
Mr.	title
Mrs.	title
Ms.	title
Messrs.	title
Dr.	title
Prof.	title
Rev.	title
Hon.	title
Amb.	title
Gov.	title
Sen.	title
Rep.	title
Pres.	title
Supt.	title
Insp.	title

# Military ranks
Gen.	title
Lt.	title
Col.	title
Maj.	title
Capt.	title
Cmdr.	title
Brig.	title
Adm.	title
Sgt.	title
Cpl.	title
Pvt.	title
Pte.	title
Spc.	title

# Places and numbering
St.	title
Mt.	title
Ft.	title
No.	title
vs.	title

# Months (followed by a day number)
Jan.	title
Feb.	title
Mar.	title
Apr.	title
Jun.	title
Jul.	title
Aug.	title
Sept.	title
Sep.	title
Oct.	title
Nov.	title
Dec.	title

# Days of the week
Mon.	other
Tue.	other
Wed.	other
Thu.	other
Fri.	other
Sat.	other

# May end a sentence
etc.	other
Inc.	other
Ltd.	other
Co.	other
Corp.	other
Bros.	other
Jr.	other
Sr.	other
Dept.	other
Govt.	other
Ave.	other
Blvd.	other
Rd.	other
U.S.	other
U.K.	other
U.N.	other
U.S.A.	other
E.U.	other
U.A.E.	other
D.C.	other
a.m.	other
p.m.	other
e.g.	other
i.e.	other
cf.	other
viz.	other
al.	other
approx.	other
est.	other
km.	other
ft.	other
min.	other
max.	other
hr.	other
hrs.	other
yr.	other
yrs.	other
sq.	other
ca.	other

@lang fr

# Titres de civilité
M.	title
MM.	title
Mme.	title
Mmes.	title
Mlle.	title
Mlles.	title
Dr.	title
Pr.	title
Me.	title
Mgr.	title
Pdt.	title
Vve.	title

# Grades militaires
Gén.	title
Gal.	title
Col.	title
Cdt.	title
Cmdt.	title
Lt.	title
Cne.	title
Adj.	title
Sgt.	title
Lcl.	title

# Lieux
St.	title
Ste.	title
Av.	title
Bd.	title
av.	title
bd.	title
apr.	title

# Mois (suivis du jour ou de l'année)
janv.	title
févr.	title
fév.	title
avr.	title
juil.	title
juill.	title
# "sept." is also the number seven ending a sentence ("ils étaient sept."), hence 'other'.
sept.	other
oct.	title
nov.	title
déc.	title

# Peuvent terminer une phrase
etc.	other
env.	other
cf.	other
p.	other
pp.	other
vol.	other
chap.	other
ch.	other
suiv.	other
ibid.	other
art.	other
fig.	other
éd.	other
coll.	other
ex.	other
hab.	other
réf.	other
tél.	other
min.	other
J.-C.	other
c.-à-d.	other
N.B.	other
S.A.	other
Cie.	other
É.-U.	other
