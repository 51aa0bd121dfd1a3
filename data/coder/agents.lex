# Generic agents: nouns for people and bodies that act, whose country or group comes from a
# modifier or the context ("l'armée malienne", "Russian jets", "les rebelles du FLA").
# Columns: phrase, CAMEO role code, name (an English label shared by both languages).
# Phrases are lemmas separated by single spaces, without leading articles. Inner articles are
# given as lemmas: "l'" is "le", "du" and "des" are "de" ("armée de le air", "porte-parole de
# gouvernement", "ministère de affaire étranger"). French participles used as adjectives are
# given as the morphology lemmatises them, the infinitive ("hommes armés" -> "homme armer"),
# since hunspell has no adjective lemma "armé" and a singular-only form would miss the plural.
# Role choices: forces de l'ordre / law enforcement are COP, forces de sécurité / security forces
# MIL; insurgé / insurgent INS; rebelle, milice, djihadiste, terroriste and English "militant"
# REB; séparatiste / separatist SEP; armed men of unknown affiliation (combattant, fighter,
# gunman, assaillant, kamikaze) UAF; bandits, smugglers, gangs CRM; defence ministry and minister
# MIL (CAMEO counts the defence ministry as military); supplétifs, proxies, mercenaries and
# peacekeepers MIL; tribes and clans CVL (CAMEO has no tribal role); traditional chiefs ELI;
# aid workers and NGOs NGO, human rights defenders HRI; fishermen AGR.
# The coder takes the first agent of a noun phrase as its head in French and the last in English,
# so a few combinations are listed whole where that head would give the wrong role
# ("combattants jihadistes" REB rather than UAF, "rebel commander" REB rather than MIL).

@kind agents
@lang fr

# Government
gouvernement	GOV	government
régime	GOV	regime
autorité	GOV	authorities
pouvoir en place	GOV	regime
exécutif	GOV	executive
administration	GOV	administration
ministère	GOV	ministry
ministre	GOV	minister
président	GOV	president
vice-président	GOV	vice president
premier ministre	GOV	prime minister
chef de le État	GOV	head of state
chef de gouvernement	GOV	head of government
porte-parole de gouvernement	GOV	government spokesman
ministère de affaire étranger	GOV	foreign ministry
ministre de affaire étranger	GOV	foreign minister
diplomatie	GOV	foreign ministry
ministère de le intérieur	GOV	interior ministry
ministre de le intérieur	GOV	interior minister
diplomate	GOV	diplomat
ambassadeur	GOV	ambassador
émissaire	GOV	envoy
gouverneur	GOV	governor
préfet	GOV	prefect
maire	GOV	mayor
fonctionnaire	GOV	civil servant
secrétaire général	GOV	secretary general
junte	GOV	junta
junte militaire	GOV	junta

# Military
armée	MIL	army
armée de terre	MIL	army
armée de le air	MIL	air force
armée national	MIL	army
aviation	MIL	air force
force aérien	MIL	air force
marine	MIL	navy
marine national	MIL	navy
force naval	MIL	navy
force	MIL	forces
force armer	MIL	armed forces
force gouvernemental	MIL	government forces
force loyaliste	MIL	loyalist forces
force de sécurité	MIL	security forces
force de défense	MIL	defence forces
force de défense et de sécurité	MIL	defence and security forces
force terrestre	MIL	ground forces
force spécial	MIL	special forces
troupe	MIL	troops
troupe au sol	MIL	ground troops
soldat	MIL	soldier
militaire	MIL	soldier
fantassin	MIL	infantryman
infanterie	MIL	infantry
parachutiste	MIL	paratrooper
légionnaire	MIL	legionnaire
commando	MIL	commando
recrue	MIL	recruit
conscrit	MIL	conscript
réserviste	MIL	reservist
garde républicain	MIL	republican guard
garde national	MIL	national guard
garde présidentiel	MIL	presidential guard
garde-côte	MIL	coast guard
garde-côtes	MIL	coast guard
gardes-côtes	MIL	coast guard
état-major	MIL	general staff
chef de état-major	MIL	chief of staff
ministère de le défense	MIL	defence ministry
ministre de le défense	MIL	defence minister
ministère de le armée	MIL	defence ministry
officier	MIL	officer
général	MIL	general
colonel	MIL	colonel
commandant	MIL	commander
capitaine	MIL	captain
lieutenant	MIL	lieutenant
sergent	MIL	sergeant
caporal	MIL	corporal
patrouille	MIL	patrol
contingent	MIL	contingent
bataillon	MIL	battalion
garnison	MIL	garrison
régiment	MIL	regiment
brigade	MIL	brigade
unité militaire	MIL	military unit
artillerie	MIL	artillery
blindé	MIL	armoured vehicle
char	MIL	tank
char de combat	MIL	tank
avion de combat	MIL	warplane
avion de chasse	MIL	fighter jet
avion militaire	MIL	military aircraft
chasseur-bombardier	MIL	fighter-bomber
bombardier	MIL	bomber
hélicoptère de combat	MIL	helicopter gunship
hélicoptère militaire	MIL	military helicopter
hélicoptère	MIL	military helicopter
drone	MIL	drone
navire de guerre	MIL	warship
bâtiment de guerre	MIL	warship
coalition	MIL	coalition
casque bleu	MIL	peacekeeper
soldat de le paix	MIL	peacekeeper
force de maintien de le paix	MIL	peacekeeping force
# Proxies, auxiliaries and mercenaries fight beside a state but are not its forces (UAF).
supplétif	UAF	auxiliary
force supplétif	UAF	auxiliary forces
mercenaire	UAF	mercenary

# Police
police	COP	police
police national	COP	national police
police anti-émeute	COP	riot police
policier	COP	police officer
agent de police	COP	police officer
gendarme	COP	gendarme
gendarmerie	COP	gendarmerie
force de le ordre	COP	law enforcement
garde-frontière	COP	border guard
police de frontière	COP	border police
douanier	COP	customs officer
douane	COP	customs

# Rebels, insurgents, separatists
rebelle	REB	rebel
rébellion	REB	rebels
groupe rebelle	REB	rebel group
mouvement rebelle	REB	rebel movement
milicien	REB	militiaman
paramilitaire	UAF	paramilitary
milice	REB	militia
djihadiste	REB	jihadist
jihadiste	REB	jihadist
groupe djihadiste	REB	jihadist group
groupe jihadiste	REB	jihadist group
terroriste	REB	terrorist
groupe terroriste	REB	terrorist group
combattant djihadiste	REB	jihadist
combattant jihadiste	REB	jihadist
combattant islamiste	REB	Islamist fighter
combattant rebelle	REB	rebel
combattant de le opposition	REB	opposition fighter
faction armer	REB	armed faction
mouvement islamiste	REB	Islamist movement
force de le opposition	REB	opposition forces
opposition armer	REB	armed opposition
islamiste armer	REB	armed Islamist
extrémiste	REB	extremist
guérilla	REB	guerrilla
guérillero	REB	guerrilla
insurgé	INS	insurgent
insurrection	INS	insurgency
séparatiste	SEP	separatist
indépendantiste	SEP	separatist
sécessionniste	SEP	separatist

# Armed men of unknown affiliation
combattant	UAF	fighter
groupe armer	UAF	armed group
homme armer	UAF	gunmen
homme en arme	UAF	gunmen
individu armer	UAF	armed individual
élément armer	UAF	armed elements
inconnu armer	UAF	unidentified gunmen
inconnu	UAF	unknown assailants
assaillant	UAF	attacker
agresseur	UAF	assailant
tireur	UAF	gunman
tireur embusqué	UAF	sniper
sniper	UAF	sniper
kamikaze	UAF	suicide bomber
ravisseur	UAF	kidnapper
preneur de otage	UAF	hostage-taker
belligérant	UAF	belligerent
chef de guerre	UAF	warlord

# Criminals
criminel	CRM	criminal
malfaiteur	CRM	criminal
délinquant	CRM	offender
bandit	CRM	bandit
bandit armer	CRM	armed bandit
bande armer	CRM	armed gang
gang	CRM	gang
coupeur de route	CRM	highway robber
braqueur	CRM	robber
voleur	CRM	thief
voleur de bétail	CRM	cattle rustler
trafiquant	CRM	trafficker
trafiquant de drogue	CRM	drug trafficker
narcotrafiquant	CRM	drug trafficker
passeur	CRM	smuggler
contrebandier	CRM	smuggler
pirate	CRM	pirate
cartel	CRM	cartel
mafia	CRM	mafia

# Opposition and rights defenders
opposition	OPP	opposition
opposant	OPP	opponent
manifestant	OPP	protester
protestataire	OPP	protester
contestataire	OPP	protester
émeutier	OPP	rioter
dissident	OPP	dissident
militant	OPP	activist
activiste	OPP	activist
défenseur de droit de le homme	HRI	human rights defender
militant de droit de le homme	HRI	human rights activist

# Aid organisations
ONG	NGO	NGO
organisation humanitaire	NGO	aid organisation
humanitaire	NGO	aid worker
travailleur humanitaire	NGO	aid worker
agent humanitaire	NGO	aid worker

# Civilians and displaced people
civil	CVL	civilian
population	CVL	population
foule	CVL	crowd
population civil	CVL	civilian population
habitant	CVL	resident
résident	CVL	resident
villageois	CVL	villager
citoyen	CVL	citizen
passant	CVL	passer-by
enfant	CVL	child
bébé	CVL	baby
nourrisson	CVL	infant
personne	CVL	person
homme	CVL/UAF	man
fils	CVL	son
épouse	CVL	wife
mari	CVL	husband
mère	CVL	mother
père	CVL	father
frère	CVL	brother
sœur	CVL	sister
chauffeur	CVL	driver
femme	CVL	woman
fille	CVL	girl
garçon	CVL	boy
jeune	CVL	youth
adolescent	CVL	teenager
famille	CVL	family
otage	CVL	hostage
pèlerin	CVL	pilgrim
fidèle	CVL	worshipper
touriste	CVL	tourist
voyageur	CVL	traveller
passager	CVL	passenger
automobiliste	CVL	motorist
nomade	CVL	nomad
communauté	CVL	community
ethnie	CVL	ethnic group
tribu	CVL	tribe
clan	CVL	clan
réfugié	REF	refugee
déplacé	REF	displaced person
déplacé interne	REF	internally displaced person
personne déplacer	REF	displaced person
migrant	REF	migrant
demandeur de asile	REF	asylum seeker
exilé	REF	exile

# Media
journaliste	MED	journalist
reporter	MED	reporter
correspondant	MED	correspondent
photographe	MED	photographer
photojournaliste	MED	photojournalist
caméraman	MED	cameraman
cameraman	MED	cameraman
blogueur	MED	blogger
média	MED	media
presse	MED	press
média de État	MED	state media
télévision de État	MED	state television
agence de presse	MED	news agency

# Health
médecin	HLH	doctor
chirurgien	HLH	surgeon
infirmier	HLH	nurse
sage-femme	HLH	midwife
soignant	HLH	health worker
personnel soignant	HLH	health workers
personnel médical	HLH	medical staff
agent de santé	HLH	health worker
ambulancier	HLH	paramedic
secouriste	HLH	rescuer

# Religion
imam	REL	imam
prêtre	REL	priest
curé	REL	priest
clergé	REL	clergy
évêque	REL	bishop
archevêque	REL	archbishop
moine	REL	monk
prédicateur	REL	preacher
marabout	REL	marabout
ouléma	REL	ulema
uléma	REL	ulema
mufti	REL	mufti
rabbin	REL	rabbi
missionnaire	REL	missionary
chef religieux	REL	religious leader
dignitaire religieux	REL	religious leader

# Business
homme de affaire	BUS	businessman
femme de affaire	BUS	businesswoman
entreprise	BUS	company
firme	BUS	firm
multinationale	BUS	multinational
compagnie pétrolier	BUS	oil company
société pétrolier	BUS	oil company
entrepreneur	BUS	entrepreneur
investisseur	BUS	investor
commerçant	BUS	trader
négociant	BUS	trader
patronat	BUS	employers

# Labour
syndicat	LAB	union
syndicaliste	LAB	trade unionist
ouvrier	LAB	worker
travailleur	LAB	worker
employé	LAB	employee
salarié	LAB	employee
gréviste	LAB	striker
orpailleur	LAB	gold miner

# Education
étudiant	EDU	student
élève	EDU	pupil
écolier	EDU	schoolchild
lycéen	EDU	high school student
enseignant	EDU	teacher
instituteur	EDU	teacher
professeur	EDU	teacher
universitaire	EDU	academic
université	EDU	university

# Judiciary
justice	JUD	judiciary
tribunal	JUD	court
cour de justice	JUD	court of justice
cour de appel	JUD	court of appeal
cour martial	JUD	court martial
cour constitutionnel	JUD	constitutional court
cour suprême	JUD	supreme court
juge	JUD	judge
juge de instruction	JUD	investigating judge
magistrat	JUD	magistrate
procureur	JUD	prosecutor
procureur général	JUD	attorney general
parquet	JUD	prosecutor's office

# Legislature
parlement	LEG	parliament
assemblée national	LEG	national assembly
sénat	LEG	senate
assemblée général	LEG	general assembly
parlementaire	LEG	parliamentarian
député	LEG	MP
sénateur	LEG	senator
législateur	LEG	legislator

# Intelligence
renseignement	SPY	intelligence
service de renseignement	SPY	intelligence service
agent de renseignement	SPY	intelligence officer
service secret	SPY	secret service
agent secret	SPY	secret agent
espion	SPY	spy

# Elites
notable	ELI	notable
dignitaire	ELI	dignitary
chef traditionnel	ELI	traditional chief
chef coutumier	ELI	customary chief
chef tribal	ELI	tribal chief
chef de tribu	ELI	tribal chief
chef de clan	ELI	clan chief
chef de village	ELI	village chief

# Agriculture
agriculteur	AGR	farmer
cultivateur	AGR	farmer
paysan	AGR	peasant
éleveur	AGR	herder
berger	AGR	shepherd
agropasteur	AGR	agro-pastoralist
pêcheur	AGR	fisherman

@lang en

# Government
government	GOV	government
regime	GOV	regime
authority	GOV	authorities
official	GOV	official
government official	GOV	official
administration	GOV	administration
cabinet	GOV	cabinet
ministry	GOV	ministry
minister	GOV	minister
president	GOV	president
vice president	GOV	vice president
prime minister	GOV	prime minister
premier	GOV	premier
head of state	GOV	head of state
government spokesman	GOV	government spokesman
foreign ministry	GOV	foreign ministry
foreign minister	GOV	foreign minister
interior ministry	GOV	interior ministry
interior minister	GOV	interior minister
diplomat	GOV	diplomat
ambassador	GOV	ambassador
envoy	GOV	envoy
governor	GOV	governor
mayor	GOV	mayor
civil servant	GOV	civil servant
secretary general	GOV	secretary general
junta	GOV	junta
military junta	GOV	junta

# Military
army	MIL	army
air force	MIL	air force
navy	MIL	navy
naval force	MIL	navy
military	MIL	military
force	MIL	forces
armed force	MIL	armed forces
government force	MIL	government forces
loyalist force	MIL	loyalist forces
security force	MIL	security forces
defence force	MIL	defence forces
defense force	MIL	defence forces
ground force	MIL	ground forces
ground troop	MIL	ground troops
special force	MIL	special forces
troop	MIL	troops
soldier	MIL	soldier
serviceman	MIL	soldier
infantry	MIL	infantry
paratrooper	MIL	paratrooper
marine	MIL	marine
commando	MIL	commando
recruit	MIL	recruit
conscript	MIL	conscript
reservist	MIL	reservist
republican guard	MIL	republican guard
national guard	MIL	national guard
presidential guard	MIL	presidential guard
coast guard	MIL	coast guard
general staff	MIL	general staff
defence ministry	MIL	defence ministry
defense ministry	MIL	defence ministry
defence minister	MIL	defence minister
defense minister	MIL	defence minister
army chief	MIL	army chief
military officer	MIL	officer
army officer	MIL	officer
military official	MIL	military official
commander	MIL	commander
general	MIL	general
colonel	MIL	colonel
lieutenant	MIL	lieutenant
sergeant	MIL	sergeant
patrol	MIL	patrol
contingent	MIL	contingent
battalion	MIL	battalion
garrison	MIL	garrison
regiment	MIL	regiment
brigade	MIL	brigade
military unit	MIL	military unit
artillery	MIL	artillery
armoured vehicle	MIL	armoured vehicle
armored vehicle	MIL	armoured vehicle
tank	MIL	tank
warplane	MIL	warplane
jet	MIL	jet
fighter jet	MIL	fighter jet
military aircraft	MIL	military aircraft
helicopter gunship	MIL	helicopter gunship
helicopter	MIL	military helicopter
gunship	MIL	helicopter gunship
military helicopter	MIL	military helicopter
drone	MIL	drone
warship	MIL	warship
coalition	MIL	coalition
peacekeeper	MIL	peacekeeper
peacekeeping force	MIL	peacekeeping force
blue helmet	MIL	peacekeeper
auxiliary	UAF	auxiliary
proxy	UAF	proxy forces
proxy force	UAF	proxy forces
mercenary	UAF	mercenary
paramilitary	UAF	paramilitary

# Police
police	COP	police
police force	COP	police
police officer	COP	police officer
policeman	COP	police officer
policewoman	COP	police officer
riot police	COP	riot police
gendarme	COP	gendarme
gendarmerie	COP	gendarmerie
law enforcement	COP	law enforcement
border guard	COP	border guard
border police	COP	border police
customs officer	COP	customs officer
constable	COP	police officer

# Rebels, insurgents, separatists
rebel	REB	rebel
rebel group	REB	rebel group
rebel fighter	REB	rebel
rebel commander	REB	rebel commander
opposition fighter	REB	opposition fighter
faction	REB	armed faction
islamist movement	REB	Islamist movement
opposition force	REB	opposition forces
armed opposition	REB	armed opposition
militant	REB	militant
islamist militant	REB	Islamist militant
militia	REB	militia
militiaman	REB	militiaman
jihadist	REB	jihadist
jihadi	REB	jihadist
jihadist group	REB	jihadist group
jihadist fighter	REB	jihadist
jihadi fighter	REB	jihadist
islamist fighter	REB	Islamist fighter
militia fighter	REB	militiaman
militia commander	REB	militia commander
militant commander	REB	militant commander
terrorist	REB	terrorist
terrorist group	REB	terrorist group
extremist	REB	extremist
guerrilla	REB	guerrilla
insurgent	INS	insurgent
insurgent group	INS	insurgent group
insurgent fighter	INS	insurgent
insurgency	INS	insurgency
separatist	SEP	separatist
secessionist	SEP	separatist

# Armed men of unknown affiliation
fighter	UAF	fighter
combatant	UAF	combatant
armed group	UAF	armed group
armed man	UAF	gunmen
gunman	UAF	gunman
attacker	UAF	attacker
assailant	UAF	assailant
sniper	UAF	sniper
suicide bomber	UAF	suicide bomber
kidnapper	UAF	kidnapper
abductor	UAF	kidnapper
hostage taker	UAF	hostage-taker
warlord	UAF	warlord

# Criminals
criminal	CRM	criminal
gang	CRM	gang
gang member	CRM	gang member
gangster	CRM	gangster
bandit	CRM	bandit
armed bandit	CRM	armed bandit
robber	CRM	robber
thief	CRM	thief
pickpocket	CRM	pickpocket
snatcher	CRM	thief
cattle rustler	CRM	cattle rustler
trafficker	CRM	trafficker
drug trafficker	CRM	drug trafficker
drug lord	CRM	drug lord
smuggler	CRM	smuggler
pirate	CRM	pirate
poacher	CRM	poacher
cartel	CRM	cartel
mafia	CRM	mafia

# Opposition and rights defenders
opposition	OPP	opposition
opposition supporter	OPP	opposition supporter
protester	OPP	protester
protestor	OPP	protester
demonstrator	OPP	demonstrator
rioter	OPP	rioter
activist	OPP	activist
dissident	OPP	dissident
human rights activist	HRI	human rights activist
human rights defender	HRI	human rights defender
rights group	HRI	rights group
human rights group	HRI	rights group

# Aid organisations
NGO	NGO	NGO
aid group	NGO	aid group
aid agency	NGO	aid agency
aid worker	NGO	aid worker
humanitarian worker	NGO	aid worker
relief worker	NGO	aid worker

# Civilians and displaced people
civilian	CVL	civilian
population	CVL	population
crowd	CVL	crowd
mob	CVL	mob
civilian population	CVL	civilian population
resident	CVL	resident
inhabitant	CVL	resident
villager	CVL	villager
citizen	CVL	citizen
passer-by	CVL	passer-by
bystander	CVL	bystander
child	CVL	child
baby	CVL	baby
infant	CVL	infant
person	CVL	person
man	CVL/UAF	man
daughter	CVL	daughter
son	CVL	son
wife	CVL	wife
husband	CVL	husband
mother	CVL	mother
father	CVL	father
brother	CVL	brother
sister	CVL	sister
driver	CVL	driver
people	CVL	people
woman	CVL	woman
girl	CVL	girl
boy	CVL	boy
youth	CVL	youth
teenager	CVL	teenager
family	CVL	family
hostage	CVL	hostage
pilgrim	CVL	pilgrim
worshipper	CVL	worshipper
worshiper	CVL	worshipper
tourist	CVL	tourist
traveller	CVL	traveller
traveler	CVL	traveller
passenger	CVL	passenger
motorist	CVL	motorist
nomad	CVL	nomad
tribe	CVL	tribe
tribesman	CVL	tribesman
clan	CVL	clan
refugee	REF	refugee
displaced person	REF	displaced person
displaced people	REF	displaced person
internally displaced person	REF	internally displaced person
IDP	REF	internally displaced person
migrant	REF	migrant
asylum seeker	REF	asylum seeker

# Media
journalist	MED	journalist
reporter	MED	reporter
correspondent	MED	correspondent
photographer	MED	photographer
photojournalist	MED	photojournalist
cameraman	MED	cameraman
blogger	MED	blogger
media	MED	media
state media	MED	state media
state television	MED	state television
news agency	MED	news agency
broadcaster	MED	broadcaster

# Health
doctor	HLH	doctor
physician	HLH	doctor
surgeon	HLH	surgeon
nurse	HLH	nurse
midwife	HLH	midwife
medic	HLH	medic
paramedic	HLH	paramedic
health worker	HLH	health worker
healthcare worker	HLH	health worker
medical worker	HLH	health worker
medical staff	HLH	medical staff
rescue worker	HLH	rescuer
rescuer	HLH	rescuer

# Religion
cleric	REL	cleric
clergyman	REL	cleric
clergy	REL	clergy
priest	REL	priest
imam	REL	imam
mullah	REL	mullah
mufti	REL	mufti
bishop	REL	bishop
archbishop	REL	archbishop
monk	REL	monk
nun	REL	nun
preacher	REL	preacher
pastor	REL	pastor
rabbi	REL	rabbi
missionary	REL	missionary
religious leader	REL	religious leader

# Business
businessman	BUS	businessman
businesswoman	BUS	businesswoman
business owner	BUS	business owner
company	BUS	company
firm	BUS	firm
corporation	BUS	corporation
oil company	BUS	oil company
contractor	BUS	contractor
entrepreneur	BUS	entrepreneur
investor	BUS	investor
merchant	BUS	merchant
trader	BUS	trader
shopkeeper	BUS	shopkeeper

# Labour
union	LAB	union
trade union	LAB	union
labor union	LAB	union
labour union	LAB	union
unionist	LAB	trade unionist
worker	LAB	worker
employee	LAB	employee
labourer	LAB	labourer
laborer	LAB	labourer
miner	LAB	miner

# Education
student	EDU	student
pupil	EDU	pupil
schoolchild	EDU	schoolchild
schoolgirl	EDU	schoolgirl
schoolboy	EDU	schoolboy
teacher	EDU	teacher
professor	EDU	professor
academic	EDU	academic
university	EDU	university

# Judiciary
judiciary	JUD	judiciary
court	JUD	court
supreme court	JUD	supreme court
tribunal	JUD	tribunal
judge	JUD	judge
magistrate	JUD	magistrate
prosecutor	JUD	prosecutor
public prosecutor	JUD	prosecutor
attorney general	JUD	attorney general

# Legislature
parliament	LEG	parliament
legislature	LEG	legislature
national assembly	LEG	national assembly
congress	LEG	congress
senate	LEG	senate
general assembly	LEG	general assembly
lawmaker	LEG	lawmaker
legislator	LEG	legislator
parliamentarian	LEG	parliamentarian
member of parliament	LEG	MP
MP	LEG	MP
senator	LEG	senator
congressman	LEG	congressman
congresswoman	LEG	congresswoman

# Intelligence
intelligence	SPY	intelligence
intelligence service	SPY	intelligence service
intelligence agency	SPY	intelligence agency
spy agency	SPY	spy agency
intelligence officer	SPY	intelligence officer
intelligence operative	SPY	intelligence officer
secret service	SPY	secret service
secret police	SPY	secret police
spy	SPY	spy

# Elites
elder	ELI	elder
tribal elder	ELI	tribal elder
village elder	ELI	village elder
tribal leader	ELI	tribal leader
tribal chief	ELI	tribal chief
village chief	ELI	village chief
chieftain	ELI	chieftain
traditional ruler	ELI	traditional ruler
traditional leader	ELI	traditional leader
community leader	ELI	community leader
dignitary	ELI	dignitary
notable	ELI	notable

# Agriculture
farmer	AGR	farmer
peasant	AGR	peasant
herder	AGR	herder
herdsman	AGR	herder
cattle herder	AGR	herder
pastoralist	AGR	pastoralist
shepherd	AGR	shepherd
fisherman	AGR	fisherman
