# The means of an act of force, named in its clause: what decides between ACLED's kinds of
# explosions and remote violence (and CAMEO's codes for them). An attack, a shelling or a killing
# whose clause names one of these takes its code; listed first wins where a clause names several
# (a suicide car bomb is a suicide bombing, rockets carrying chlorine a chemical attack).
# Columns: pattern (lemmas, as for predicates; French participles as infinitives: "piéger" for
# "piégé"), CAMEO code, ACLED sub-event type when not the code's own ('-').
# Codes: 204 weapons of mass destruction (ACLED Chemical weapon), 1831 suicide bombing, 1832
# vehicle bombing, 183 other bombings (Remote explosive/landmine/IED; grenades are ACLED's
# Grenade), 195 aerial weapons (Air/drone strike), 194 artillery, rockets and missiles
# (Shelling/artillery/missile attack).

@kind means
@lang fr
# Chemical weapons
arme chimique	204	-
agent chimique	204	-
produit chimique	204	-
substance chimique	204	-
gaz toxique	204	-
gaz sarin	204	-
sarin	204	-
chlore	204	-
gaz moutarde	204	-
ypérite	204	-
# Suicide attackers
kamikaze	1831	-
ceinture de explosif	1831	-
ceinture explosif	1831	-
attentat suicide	1831	-
se faire exploser	1831	-
# Vehicle bombs
voiture piéger	1832	-
véhicule piéger	1832	-
camion piéger	1832	-
moto piéger	1832	-
# Explosive devices and mines
engin explosif	183	-
engin explosif improviser	183	-
EEI	183	-
IED	183	-
mine antipersonnel	183	-
mine terrestre	183	-
bombe artisanal	183	-
# Grenades
grenade	183	Grenade
# Aerial weapons
drone	195	-
frappe aérien	195	-
frappe de drone	195	-
raid aérien	195	-
bombardement aérien	195	-
avion de chasse	195	-
avion de combat	195	-
avion militaire	195	-
aviation	195	-
armée de le air	195	-
force aérien	195	-
hélicoptère	195	-
hélicoptère de combat	195	-
chasseur-bombardier	195	-
# Artillery, rockets and missiles
obus	194	-
artillerie	194	-
mortier	194	-
roquette	194	-
missile	194	-
tir de artillerie	194	-
pilonnage	194	-
# Explosives of no named kind, after every other means
explosif	183	-

@kind means
@lang en
# Chemical weapons
chemical weapon	204	-
chemical agent	204	-
chemical	204	-
toxic gas	204	-
poison gas	204	-
nerve agent	204	-
sarin	204	-
chlorine	204	-
mustard gas	204	-
# Suicide attackers
suicide bomber	1831	-
suicide bombing	1831	-
suicide attack	1831	-
suicide attacker	1831	-
suicide vest	1831	-
suicide car bomb	1831	-
suicide car bomber	1831	-
blow up himself	1831	-
blow up herself	1831	-
# Vehicle bombs
car bomb	1832	-
truck bomb	1832	-
vehicle bomb	1832	-
VBIED	1832	-
# Explosive devices and mines
roadside bomb	183	-
improvised explosive device	183	-
explosive device	183	-
IED	183	-
landmine	183	-
land mine	183	-
anti-personnel mine	183	-
anti-tank mine	183	-
homemade bomb	183	-
# Grenades
grenade	183	Grenade
hand grenade	183	Grenade
# Aerial weapons
drone	195	-
air strike	195	-
airstrike	195	-
air raid	195	-
drone strike	195	-
warplane	195	-
fighter jet	195	-
jet	195	-
military aircraft	195	-
aircraft	195	-
helicopter	195	-
gunship	195	-
helicopter gunship	195	-
air force	195	-
# Artillery, rockets and missiles
shell	194	-
shelling	194	-
artillery	194	-
mortar	194	-
rocket	194	-
missile	194	-
ballistic missile	194	-
cruise missile	194	-
# Explosives of no named kind, after every other means
bomb	183	-
explosive	183	-
