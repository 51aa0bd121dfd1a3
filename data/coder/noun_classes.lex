# Semantic classes of common nouns that are neither actors (agents.lex, actors.lex) nor places
# (place_words.lex), so that a predicate can tell the sense it is used in from its object: one
# burns houses (property), seizes weapons (weapon), condemns an attack (event), but does not
# "attack a budget" or "take the floor" (abstract). Columns: phrase, class. Classes:
#   property  buildings, vehicles, goods and livestock that are owned, damaged, looted or burned
#   weapon    arms, ammunition and explosives (seized, defused, intercepted)
#   event     nouns that name an incident (condemned, denied, investigated)
#   abstract  nouns that no act of force can take as its object (budget, floor, share, word)
#   member    part of a group, through which its owner acts ("les éléments de la garde nationale
#             ont investi", "members of the militia attacked": the owner is the doer)
# Phrases are lemmas separated by single spaces, as in place_words.lex. A noun phrase takes the
# class of its head noun (the first noun in French, the last in English).

@kind noun_classes
@lang fr

# Members: the owner acts through them
élément	member
membre	member
unité	member
détachement	member
partisan	member
sympathisant	member
loyaliste	member

# Property
maison	property
habitation	property
domicile	property
demeure	property
logement	property
résidence	property
immeuble	property
bâtiment	property
édifice	property
bureau	property
local	property
siège	property
commerce	property
boutique	property
bar	property
magasin	property
échoppe	property
kiosque	property
voiture	property
véhicule	property
véhicule civil	property
camion	property
camionnette	property
autobus	property
bus	property
moto	property
motocyclette	property
taxi	property
bien	property
propriété	property
récolte	property
grenier	property
bétail	property
troupeau	property
cheptel	property
champ	property
case	property
hutte	property
paillote	property
tente	property
abri	property
pneu	property
poste de radio	property
antenne	property
relais	property
pylône	property

# Weapons
arme	weapon
armement	weapon
munition	weapon
explosif	weapon
engin explosif	weapon
engin explosif improviser	weapon
bombe	weapon
mine	weapon
mine antipersonnel	weapon
obus	weapon
roquette	weapon
missile	weapon
grenade	weapon
fusil	weapon
kalachnikov	weapon
mortier	weapon
lance-roquette	weapon
ceinture explosif	weapon
voiture piéger	weapon
véhicule piéger	weapon
cache de arme	weapon
dépôt de arme	weapon
couteau	weapon
machette	weapon

# Event nouns
incident	event
accord	event
pacte	event
cessez-le-feu	event
trêve	event
manifestation	event
sit-in	event
rassemblement	event
cortège	event
événement	event
violence sexuel	event
attaque chimique	event
retrait	event
repli	event
lynchage	event
tuerie	event
massacre	event
carnage	event
meurtre	event
assassinat	event
exécution	event
enlèvement	event
rapt	event
violence	event
crime	event
crime de guerre	event
exaction	event
atrocité	event
représailles	event
agression	event
bombardement	event
frappe	event
attaque	event
attentat	event
assaut	event
combat	event
affrontement	event
coup de force	event
coup de État	event
répression	event
arrestation	event
explosion	event
incendie	event
pillage	event
viol	event
embuscade	event
offensive	event
contre-offensive	event
pilonnage	event
raid	event
frappe aérien	event
frappe de drone	event
bombardement aérien	event
tir	event
tir de roquette	event
tir de obus	event
fusillade	event
incursion	event
invasion	event
blocus	event
émeute	event

# Abstract nouns
budget	abstract
parole	abstract
part de marché	abstract
problème	abstract
question	abstract
idée	abstract
record	abstract
sujet	abstract
projet de loi	abstract
réforme	abstract
politique	abstract
décision	abstract
rôle	abstract
tête	abstract
rênes	abstract
habitude	abstract
retard	abstract
avance	abstract
défi	abstract
tendance	abstract
dossier	abstract
compte	abstract
note	abstract
mesure	abstract
chance	abstract
risque	abstract
temps	abstract
place	abstract
fonction	abstract
poste de ministre	abstract
engagement	abstract
initiative	abstract
inflation	abstract
corruption	abstract
pauvreté	abstract
chômage	abstract
crise	abstract

@lang en

# Members: the owner acts through them
element	member
member	member
unit	member
detachment	member
supporter	member
follower	member
loyalist	member
partisan	member

# Property
house	property
home	property
homestead	property
residence	property
dwelling	property
building	property
apartment	property
apartment block	property
office	property
shop	property
bar	property
store	property
storefront	property
stall	property
business	property
premises	property
car	property
vehicle	property
truck	property
lorry	property
van	property
bus	property
minibus	property
motorcycle	property
motorbike	property
taxi	property
property	property
goods	property
crop	property
harvest	property
granary	property
livestock	property
cattle	property
herd	property
field	property
hut	property
tent	property
shelter	property
tyre	property
tire	property
radio station	property
mast	property
tower	property
office building	property

# Weapons
weapon	weapon
arms	weapon
ammunition	weapon
munition	weapon
explosive	weapon
explosive device	weapon
improvised explosive device	weapon
ied	weapon
bomb	weapon
landmine	weapon
mine	weapon
shell	weapon
rocket	weapon
missile	weapon
grenade	weapon
rifle	weapon
gun	weapon
mortar	weapon
rocket launcher	weapon
suicide vest	weapon
car bomb	weapon
weapons cache	weapon
arms cache	weapon
arms depot	weapon

# Event nouns
withdrawal	event
agreement	event
deal	event
pact	event
ceasefire	event
truce	event
protest	event
demonstration	event
rally	event
march	event
sit-in	event
gathering	event
vigil	event
pullout	event
lynching	event
sexual violence	event
chemical attack	event
incident	event
event	event
killing	event
massacre	event
slaughter	event
murder	event
assassination	event
execution	event
abduction	event
kidnapping	event
violence	event
crime	event
war crime	event
atrocity	event
abuse	event
reprisal	event
aggression	event
bombing	event
shelling	event
strike	event
airstrike	event
air strike	event
attack	event
assault	event
fighting	event
clash	event
coup	event
crackdown	event
arrest	event
detention	event
explosion	event
blast	event
fire	event
arson	event
looting	event
rape	event
ambush	event
offensive	event
counteroffensive	event
counter-offensive	event
raid	event
drone strike	event
missile strike	event
rocket attack	event
mortar attack	event
gunfire	event
gunfight	event
firefight	event
shootout	event
skirmish	event
incursion	event
invasion	event
siege	event
blockade	event
riot	event
bombardment	event
shooting	event

# Abstract nouns
budget	abstract
floor	abstract
market share	abstract
share	abstract
problem	abstract
issue	abstract
question	abstract
idea	abstract
record	abstract
subject	abstract
bill	abstract
reform	abstract
policy	abstract
decision	abstract
role	abstract
lead	abstract
reins	abstract
habit	abstract
delay	abstract
challenge	abstract
trend	abstract
case	abstract
account	abstract
note	abstract
measure	abstract
chance	abstract
risk	abstract
time	abstract
place	abstract
office of	abstract
commitment	abstract
initiative	abstract
inflation	abstract
corruption	abstract
poverty	abstract
unemployment	abstract
crisis	abstract
stage	abstract
view	abstract

# Modifiers that name the means or the kind of an attack ("suicide attack", "terror attack")
suicide	weapon
knife	weapon
machete	weapon
terror	event
