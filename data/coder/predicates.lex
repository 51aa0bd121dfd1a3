# Event predicates: see docs/LEXICON.md (kind predicates). Patterns are lemmas; the first is
# the head. Grouped by CAMEO family.
@kind predicates
@lang fr
# Territorial change: taking, retaking, liberating, seizing (192 occupy territory)
reprendre	192	place	à=target,sur=target
prendre	192	place:actor=173/181|property=1711|weapon=1711	à=target
prendre pour cible	190	target	-
prendre position	154	none	dans=place,à=place,sur=place,autour de=place
libérer	192	place:actor=0841	de=target
reconquérir	192	place	à=target
conquérir	192	place	à=target
se emparer de	192	place:actor=173/181|property=1711|weapon=1711	-
capturer	192	place:actor=173/181|property=1711|weapon=1711	à=target
saisir	192	place:actor=173/181|property=1711|weapon=1711	à=target
occuper	192	place	-
investir	192	place	-
prendre contrôle de	192	place	à=target
reprendre contrôle de	192	place	à=target
mettre main sur	192	place	-
chasser	192	target	de=place,hors de=place
# Losing a place: the subject lost it (to the winner, when named); a place falling to someone.
# "au profit de X", "aux mains de X", "sous le contrôle de X" are chunked as X owning the noun
# (profit, mains, contrôle), so the slot is the preposition before that noun.
perdre	192	place	subject=target,alone=0874,au=source,face à=source
perdre contrôle de	192	place	subject=target,alone=0874,au=source,face à=source
tomber	192	none	subject=place,aux=source,sous le=source,entre les=source
passer	192	none	subject=place,aux=source,sous le=source
céder	192	place	subject=target,alone=0874,à=source
rétrocéder	192	place	subject=target,alone=0874,à=source,aux=source
réoccuper	192	place	-
abandonner contrôle de	192	place	subject=target,alone=0874,à=source
remettre	192	place	subject=target,alone=0874,à=source,aux=source
remettre contrôle de	192	place	subject=target,à=source
déloger	190	target	de=place
repousser	190	target	de=place
# Military action (190 conventional force, 193 small arms and clashes)
attaquer	190	target	à=place,dans=place
assaillir	190	target	-
prendre assaut	190	place	-
lancer offensive|assaut|attaque|opération|raid|contre-offensive|incursion	190	none	contre=target,sur=place,à=place,dans=place
mener offensive|assaut|attaque|opération|raid|incursion	190	none	contre=target,sur=place,à=place,dans=place
offensive	190	none	contre=target,sur=place,par=source
assaut	190	none	contre=target,sur=place,par=source
embuscade	190	none	contre=target,près de=place
tendre embuscade	190	none	à=target,contre=target
pénétrer	190	none	dans=place,en=place
# An incursion is a raid into the enemy's ground, not a capture: fighting, not territory.
faire incursion	190	none	dans=place,en=place,à=place,contre=target
incursion	190	none	dans=place,en=place,à=place,contre=target,par=source
faire entrée	192	place	dans=place,à=place,en=place
viser	190	target	-
toucher	190	target	-
cibler	190	target	-
entrer	190	none	dans=place
tuer	190	target	-
abattre	190	target	-
blesser	190	target	-
tirer	190	none	sur=target,contre=target
ouvrir feu	190	none	sur=target,contre=target
riposter	190	none	contre=target
mitrailler	190	target	-
# "Neutraliser" in military communiqués: killing enemy fighters (a bomb neutralised is defused, below).
neutraliser	190	target:weapon=17|event=17	-
faire exploser	171	target	-
combattre	193	target	-
affronter	193	target	-
se heurter à	193	none	à=target
accrocher	193	target	-
engager combat	193	none	avec=target,contre=target
se affronter	193	none	avec=target,à=place
combat	193	none	contre=target,avec=target,entre=target
affrontement	193	none	avec=target,contre=target,entre=target
accrochage	193	none	avec=target,entre=target
échange de tir	193	none	avec=target,entre=target
fusillade	193	none	avec=target,entre=target
# Siege and encirclement (191)
encercler	191	place	-
assiéger	191	place	-
boucler	191	place	-
# Shelling, artillery, rockets (194) and air power (195)
pilonner	194	target	-
pilonnage	194	none	contre=target,sur=place,par=source
tir de artillerie|roquette|mortier|obus|missile	194	none	contre=target,sur=place
bombarder	195	target	-
frapper	195	target	-
mener campagne de bombardement|frappe	195	none	contre=target,sur=place
mener frappe|raid|bombardement	195	none	contre=target,sur=place
frappe	195	none	contre=target,sur=place,par=source
raid aérien	195	none	contre=target,sur=place,par=source
bombardement	195	none	contre=target,sur=place,par=source
# Violence against people (18) and mass violence (20)
massacrer	202	target	-
massacre	202	none	de=target,par=source
enlever	181	target	-
kidnapper	181	target	-
prendre otage	181	target	-
assassiner	186	target	-
# Killing a captive or a defenceless person: executions, beheadings, throats cut.
exécuter	186	target	-
décapiter	186	target	-
égorger	186	target	-
attentat	183	none	contre=target,à=place,par=source
attentat-suicide	1831	none	contre=target,à=place,dans=place,par=source
attentat kamikaze	1831	none	contre=target,à=place,dans=place,par=source
voiture piégée	1832	none	à=place,dans=place
véhicule piégé	1832	none	à=place,dans=place
engin explosif	1833	none	à=place,dans=place,contre=target
bombe artisanale	1833	none	à=place,dans=place,contre=target
mine antipersonnel	1833	none	à=place,dans=place
sauter sur mine	1833	none	à=place,dans=place,près de=place
exploser	183	none	à=place,dans=place,près de=place,contre=target
tirer roquette|obus|missile|mortier|projectile|salve	194	none	sur=place,contre=target,vers=place
torturer	182	target	-
violer	1821	target	dans=place,à=place
viol	1821	none	de=target,par=source
violence sexuel	1821	none	contre=target,par=source
agresser sexuellement	1821	target	-
attaque chimique	204	none	à=place,contre=target,dans=place
attaque	190	target	contre=target,sur=target,à=place,dans=place
mener attaque chimique	204	none	à=place,contre=target,dans=place,sur=place
lancer attaque chimique	204	none	à=place,contre=target,dans=place,sur=place
arme chimique	204	none	à=place,contre=target,dans=place
tabasser	182	target	-
matraquer	182	target	-
passer à tabac	182	target	-
lyncher	1823	target	-
battre à mort	1823	target	-
brûler vif	1823	target	-
lapider	182	target	-
rouer de coup	182	target	-
molester	182	target	-
lancer grenade|explosif	183	none	sur=target,contre=target,dans=place,à=place
jeter grenade|explosif	183	none	sur=target,contre=target,dans=place,à=place
lynchage	1823	none	de=target,par=source
arrestation	173	none	de=target,par=source
enlèvement	181	none	de=target,par=source
assassinat	186	none	de=target,par=source
# Taking people prisoner: a detention by a state, an abduction by anyone else.
faire prisonnier	173	target:actor=173/181	-
# Coercion (17)
arrêter	173	target	-
interpeller	173	target	-
détenir	173	target	-
expulser	174	target	de=place
réprimer	175	target	-
incendier	171	target	-
brûler	171	target	-
mettre feu	171	none	à=target
détruire	171	target	-
raser	171	target	-
# Curfews (1723), states of emergency and martial law (1724), crowd control (175)
décréter couvre-feu	1723	none	à=place,dans=place,sur=place
imposer couvre-feu	1723	none	à=place,dans=place,sur=place
instaurer couvre-feu	1723	none	à=place,dans=place,sur=place
décréter état de urgence	1724	none	à=place,dans=place,sur=place
proclamer état de urgence	1724	none	à=place,dans=place,sur=place
instaurer état de urgence	1724	none	à=place,dans=place,sur=place
décréter loi martiale	1724	none	à=place,dans=place,sur=place
imposer loi martiale	1724	none	à=place,dans=place,sur=place
tirer gaz lacrymogène	175	none	sur=target,contre=target
faire usage de gaz lacrymogène	175	none	contre=target
disperser	175	target	-
répression	175	none	de=target,contre=target,par=source
piller	171	target	-
# Force posture (15): deploying, reinforcing, advancing
déployer	154	theme	à=place,dans=place,en=place,vers=place
envoyer renfort|troupe|soldat|combattant|militaire	154	none	à=place,vers=place,en=place,dans=place
dépêcher	154	theme	à=place,vers=place,en=place
réinjecter	154	theme	en=place,dans=place,à=place
mobiliser	154	theme	-
masser	154	theme	à=place,près de=place
renforcer	154	theme	-
avancer	154	none	vers=place,sur=place,dans=place,en direction de=place
progresser	154	none	vers=place,dans=place,en direction de=place
se approcher de	154	place	-
se diriger vers	154	place	-
converger vers	154	place	-
marcher sur	154	place	-
# Retreat and surrender (0874), ceasefires (0871, 196)
se retirer	0874	none	de=place
retrait	0874	none	de=place
repli	0874	none	de=place,vers=place
se replier	0874	none	vers=place,sur=place,de=place
battre retraite	0874	none	-
fuir	0874	place	vers=place,de=place
abandonner	0874	place	-
évacuer	0874	place	-
capituler	0874	none	-
déposer arme	0874	none	-
rendre arme	0874	none	-
déclarer cessez-le-feu|trêve	0871	none	avec=target
annoncer cessez-le-feu|trêve	0871	none	avec=target
violer cessez-le-feu|trêve	196	none	-
rompre cessez-le-feu|trêve	196	none	-
# Agreements, talks, meetings (05, 04)
signer accord|traité|cessez-le-feu|trêve|pacte|protocole|arrangement|entente	057	none	avec=target
conclure accord|traité|trêve|cessez-le-feu|pacte	057	none	avec=target
parvenir à accord|entente|cessez-le-feu|trêve	057	none	avec=target
accepter cessez-le-feu|trêve	0871	none	avec=target
échanger prisonnier|otage|détenu|captif	057	none	avec=target
# Agreements named as nouns: signed, concluded or reached (support cues), or between two parties
accord de paix|cessez-le-feu|cessation|évacuation|réconciliation|partage|sécurité	057	none	avec=target,entre=target
accord	057	none	avec=target,entre=target
pacte	057	none	avec=target,entre=target
cessez-le-feu	0871	none	avec=target,entre=target
trêve	0871	none	avec=target,entre=target
# Bases and headquarters (acled_senses: Headquarters or base established)
installer base|camp|quartier|QG|repaire|campement|détachement|bastion	154	none	-
établir base|camp|quartier|QG|repaire|campement|bastion	154	none	-
implanter base|camp|quartier|QG|campement	154	none	-
ouvrir base|camp|quartier|QG	154	none	-
aménager base|camp|quartier|QG|campement|repaire	154	none	-
# Disrupted weapons use: explosives defused, arms seized, missiles and drones downed
désamorcer	17	target	-
neutraliser engin|bombe|mine|explosif|EEI	17	none	-
démanteler engin|bombe|EEI	17	none	-
saisir arme|munition|explosif|cache|stock|dépôt|arsenal|kalachnikov|lance-roquette	1711	none	-
récupérer arme|munition|explosif|kalachnikov	1711	none	-
découvrir cache|stock|dépôt|arsenal	1711	none	-
abattre drone|missile|roquette	190	none	-
intercepter drone|missile|roquette	190	none	-
# Groups forming, merging, recruiting (acled_senses: Change to group/activity)
recruter	154	theme	-
fusionner	060	none	avec=target
former milice|groupe|coalition|alliance|mouvement	060	none	-
créer milice|groupe|coalition|alliance|mouvement	060	none	-
négocier	046	theme	avec=target
négociation	046	none	avec=target,entre=target
pourparlers	046	none	avec=target,entre=target
rencontrer	040	target	-
se entretenir	040	none	avec=target
se concerter	040	none	avec=target
rendre visite	042	none	à=target
servir de médiateur	045	none	entre=target
# Cooperation and aid (06, 07)
coopérer	060	none	avec=target
collaborer	060	none	avec=target
coordonner	062	theme	avec=target
se coordonner	062	none	avec=target
se allier	062	none	avec=target,à=target
unir force	062	none	avec=target
soutenir	050	target	-
livrer arme|munition	072	none	à=target
fournir arme|munition	072	none	à=target
fournir aide militaire	072	none	à=target
financer	071	target	-
soudoyer	071	target	-
# Words (01-13)
menacer	130	target	-
condamner	111	target	-
dénoncer	111	target	-
critiquer	111	target	-
accuser	112	target	-
démentir	016	theme	-
nier	016	theme	-
rejeter	120	theme	-
exiger	100	theme	-
réclamer	100	theme	-
appeler à	020	theme	-
appel	020	none	à=theme
demander	020	theme	à=target
exhorter	020	target	-
ouvrir enquête	090	none	sur=theme
revendiquer	015	theme	-
prêter serment de allégeance	050	none	à=target
prêter allégeance	050	none	à=target
faire allégeance	050	none	à=target
saluer	051	target	-
féliciter	051	target	-
promettre	030	theme	-
enquêter	090	none	sur=theme
# Protest (14)
manifester	141	none	contre=target
manifestation	141	none	contre=target
protester	141	none	contre=target
défiler	141	none	contre=target,dans=place,à=place
sit-in	141	none	contre=target,devant=place
rassemblement	141	none	contre=target
se rassembler	154	none:unarmed=141	contre=target,devant=place,dans=place,à=place,sur=place
marcher	154	none:unarmed=141	contre=target,vers=place,dans=place,à=place,jusque=place
grève	143	none	-
faire grève	143	none	-
émeute	145	none	-
# Sanctions and relations (16)
sanctionner	163	target	-
imposer sanction	163	none	à=target,contre=target
rompre relation	161	none	avec=target

@kind predicates
@lang en
# Territorial change (192 occupy territory)
retake	192	place	from=target
recapture	192	place	from=target
take	192	place:actor=173/181|property=1711	from=target
capture	192	place:actor=173/181|property=1711|weapon=1711	from=target
seize	192	place:actor=173/181|property=1711|weapon=1711	from=target
take control of	192	place	from=target
regain control of	192	place	from=target
seize control of	192	place	from=target
reoccupy	192	place	-
regain	192	place	from=target
liberate	192	place:actor=0841	from=target
free	192	place:actor=0841	from=target
occupy	192	place	-
overrun	192	place	-
conquer	192	place	-
drive	192	target	out of=place,from=place
chase	192	none	out of=place,from=place
push	192	none	out of=place
flush	192	none	out of=place
# Losing a place: the subject lost it (to the winner, when named); a place falling to someone.
# "au profit de X", "aux mains de X", "sous le contrôle de X" are chunked as X owning the noun
# (profit, mains, contrôle), so the slot is the preposition before that noun.
lose	192	place	subject=target,alone=0874,to=source
lose control of	192	place	subject=target,alone=0874,to=source
fall	192	none	subject=place,to=source,into the hands of=source,under the control of=source
cede	192	place	subject=target,alone=0874,to=source
hand over	192	place	subject=target,to=source
hand over control of	192	place	subject=target,to=source
surrender control of	192	place	subject=target,alone=0874,to=source
push back	190	target	-
dislodge	190	target	from=place
repel	190	target	-
# Military action (190, 193)
attack	190	target	in=place,on=target,against=target
assault	190	target	-
storm	190	place	-
launch offensive|assault|attack|operation|raid|counteroffensive|incursion	190	none	against=target,on=target,in=place
carry out attack|assault|raid|operation|incursion	190	none	against=target,on=target,in=place
offensive	190	none	against=target,on=target,by=source
ambush	190	target	-
raid	190	target	-
# An incursion is a raid into the enemy's ground, not a capture: fighting, not territory.
make incursion	190	none	into=place,in=place,on=place,against=target
incursion	190	none	into=place,in=place,on=place,against=target,by=source
enter	190	place	-
push into	190	place	-
kill	190	target	-
wound	190	target	-
injure	190	target	-
shoot	190	target	at=target
shoot dead	190	target	-
gun down	190	target	-
# "Neutralize" in military communiqués: killing enemy fighters (a bomb neutralized is defused, below).
neutralize	190	target:weapon=17|event=17	-
neutralise	190	target:weapon=17|event=17	-
open fire	190	none	on=target,at=target
fire on	190	target	-
fire live round|ammunition|bullet|shot	190	none	at=target,on=target,into=target
beat	182	target	-
fire at	190	target	-
retaliate	190	none	against=target
blow up	171	target	-
fight	193	target	-
battle	193	target	-
clash	193	none	with=target,between=target
engage	193	target	-
meet resistance	193	none	from=target
encounter resistance	193	none	from=target
fall back	0874	none	from=place,to=place
target	190	target	-
fighting	193	none	with=target,between=target
firefight	193	none	with=target,between=target
gunfight	193	none	with=target,between=target
gun battle	193	none	with=target,between=target
shootout	193	none	with=target,between=target
trade fire	193	none	with=target
gunbattle	193	none	with=target
exchange fire	193	none	with=target
# Siege (191)
besiege	191	place	-
encircle	191	place	-
surround	191	place	-
blockade	191	place	-
lay siege	191	none	to=place
# Shelling (194), air power (195)
shell	194	target	-
pound	194	target	-
shelling	194	none	on=target,of=place,by=source
fire rocket|missile|mortar|shell	194	none	at=target,on=target,into=place
break through	190	target	near=place,in=place,into=place
rocket attack|fire	194	none	on=target,by=source
bomb	195	target	-
strike	195	target	-
hit	190	target	-
airstrike	195	none	on=target,against=target,in=place,by=source
air strike	195	none	on=target,against=target,in=place,by=source
drone strike	195	none	on=target,against=target,in=place,by=source
carry out strike|airstrike|raid|bombing	195	none	on=target,against=target,in=place
bombing campaign	195	none	against=target,on=target,by=source
# Violence against people (18, 20)
massacre	202	target	-
abduct	181	target	-
kidnap	181	target	-
take hostage	181	target	-
assassinate	186	target	-
# Killing a captive or a defenceless person: executions, beheadings, throats cut.
execute	186	target	-
behead	186	target	-
decapitate	186	target	-
slit throat	186	none	of=target
torture	182	target	-
rape	1821	target	in=place
sexually assault	1821	target	-
sexual violence	1821	none	against=target,by=source
chemical attack	204	none	in=place,on=place,against=target
carry out chemical attack	204	none	in=place,on=place,against=target
launch chemical attack	204	none	in=place,on=place,against=target
chemical weapon	204	none	in=place,on=place,against=target
beat up	182	target	-
lynch	1823	target	-
beat to death	1823	target	-
hack to death	1823	target	-
burn alive	1823	target	-
stone to death	1823	target	-
set upon	182	target	-
throw grenade|explosive	183	none	at=target,into=place,on=target,in=place
lob grenade|explosive	183	none	at=target,into=place,on=target,in=place
hurl grenade|explosive	183	none	at=target,into=place,on=target,in=place
toss grenade|explosive	183	none	at=target,into=place,on=target,in=place
lynching	1823	none	of=target,by=source
abduction	181	none	of=target,from=place,by=source
kidnapping	181	none	of=target,from=place,by=source
assassination	186	none	of=target,by=source
# Taking people prisoner: a detention by a state, an abduction by anyone else.
take prisoner	173	target:actor=173/181	-
take captive	173	target:actor=173/181	-
suicide bombing|attack	1831	none	in=place,at=place,by=source
car bomb	1832	none	in=place,at=place
truck bomb	1832	none	in=place,at=place
roadside bomb	1833	none	in=place,at=place,near=place
improvised explosive device	1833	none	in=place,at=place,near=place
landmine	1833	none	in=place,at=place,near=place
land mine	1833	none	in=place,at=place,near=place
explode	183	none	in=place,at=place,near=place
blow himself up	1831	none	in=place,at=place,near=place,outside=place
blow herself up	1831	none	in=place,at=place,near=place,outside=place
bombing	183	none	in=place,at=place,against=target,on=target,by=source
rally	141	none	against=target,in=place
# Coercion (17)
arrest	173	target	-
detain	173	target	-
round up	173	target	-
expel	174	target	from=place
deport	174	target	-
crack down	175	none	on=target
loot	171	target	-
torch	171	target	-
burn	171	target	-
burn down	171	target	-
set fire	171	none	to=target
set on fire	171	target	-
# Curfews (1723), states of emergency and martial law (1724), crowd control (175)
impose curfew	1723	none	in=place,on=place
declare curfew	1723	none	in=place,on=place
impose state of emergency	1724	none	in=place,on=place
declare state of emergency	1724	none	in=place,on=place
impose martial law	1724	none	in=place,on=place
declare martial law	1724	none	in=place,on=place
fire tear gas	175	none	at=target,on=target
use tear gas	175	none	against=target,on=target
disperse	175	target	-
break up	175	target	-
crack down on	175	target	-
use water cannon|baton	175	none	against=target,on=target
fire rubber bullet	175	none	at=target,on=target,into=target
set ablaze	171	target	-
destroy	171	target	-
raze	171	target	-
# Force posture (15)
deploy	154	theme	to=place,in=place
send troop|reinforcement|fighter|soldier	154	none	to=place,into=place
mobilize	154	theme	-
mass troop	154	none	near=place,on=place
reinforce	154	theme	-
advance	154	none	on=place,toward=place,towards=place,into=place,to=place
approach	154	place	-
close in	154	none	on=place
march	154	none:unarmed=141	on=place,against=target,through=place,to=place
# Retreat (0874), ceasefire (0871, 196)
withdraw	0874	none	from=place
withdrawal	0874	none	from=place
pullout	0874	none	from=place
retreat	0874	none	from=place,to=place
pull out	0874	none	of=place,from=place
flee	0874	place	from=place,to=place
abandon	0874	place	-
evacuate	0874	place	-
surrender	0874	none	to=target
lay down arm|weapon	0874	none	-
declare ceasefire|truce	0871	none	with=target
agree to ceasefire|truce	0871	none	with=target
agree on ceasefire|truce|cessation	0871	none	with=target
agree to cessation	0871	none	with=target
violate ceasefire|truce	196	none	-
break ceasefire|truce	196	none	-
# Agreements, talks (05, 04)
sign agreement|deal|accord|treaty|ceasefire|pact|protocol|arrangement	057	none	with=target
reach agreement|deal|ceasefire|truce	057	none	with=target
exchange prisoner|detainee|hostage|captive	057	none	with=target
# Agreements named as nouns: signed, concluded or reached (support cues), or between two parties
peace agreement|deal|accord|pact|treaty	057	none	with=target,between=target
security arrangement|agreement|deal	057	none	with=target,between=target
agreement	057	none	with=target,between=target
deal	057	none	with=target,between=target
pact	057	none	with=target,between=target
ceasefire	0871	none	with=target,between=target
truce	0871	none	with=target,between=target
swap prisoner|detainee|hostage|captive	057	none	with=target
# Bases and headquarters (acled_senses: Headquarters or base established)
set up base|camp|headquarters|hideout|outpost|stronghold	154	none	-
establish base|camp|headquarters|hideout|outpost|stronghold	154	none	-
open base|headquarters|outpost	154	none	-
build base|outpost	154	none	-
# Disrupted weapons use: explosives defused, arms seized, missiles and drones downed
defuse	17	target	-
dismantle bomb|device|IED|explosive	17	none	-
neutralize bomb|device|IED|explosive	17	none	-
seize weapon|arm|ammunition|explosive|cache|rifle|rocket|arsenal	1711	none	-
recover weapon|arm|ammunition|explosive|rifle|cache	1711	none	-
discover cache|stockpile|arsenal	1711	none	-
shoot down drone|missile|rocket	190	none	-
intercept drone|missile|rocket	190	none	-
# Groups forming, merging, recruiting (acled_senses: Change to group/activity)
recruit	154	theme	-
merge	060	none	with=target,into=theme
form militia|group|coalition|alliance|movement	060	none	-
negotiate	046	none	with=target
hold talk	046	none	with=target
meet	040	target	-
meet with	040	target	-
visit	042	target	-
host	043	target	-
mediate	045	none	between=target
# Cooperation and aid (06, 07)
cooperate	060	none	with=target
coordinate	062	theme	with=target
join force	062	none	with=target
support	050	target	-
supply weapon|arm	072	none	to=target
provide weapon|arm	072	none	to=target
fund	071	target	-
bribe	071	target	-
# Words (01-13)
threaten	130	target	-
condemn	111	target	-
denounce	111	target	-
criticize	111	target	-
accuse	112	target	-
blame	112	target	-
deny	016	theme	-
reject	120	theme	-
demand	100	theme	-
call for	020	theme	-
urge	020	target	-
call on	020	target	-
appeal	020	none	to=target,for=theme
open inquiry|investigation|probe	090	none	into=theme
claim responsibility	015	none	for=theme
pledge allegiance	050	none	to=target
praise	051	target	-
promise	030	theme	-
investigate	090	theme	-
# Protest (14)
protest	141	none	against=target
demonstrate	141	none	against=target
demonstration	141	none	against=target
sit-in	141	none	against=target,outside=place,in=place
vigil	141	none	against=target,outside=place,in=place
gather	154	none:unarmed=141	against=target,outside=place,in=place,at=place
riot	145	none	-
go on strike	143	none	-
# Sanctions and relations (16)
sanction	163	target	-
impose sanction	163	none	on=target,against=target
sever tie	161	none	with=target
