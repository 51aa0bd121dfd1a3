# Common nouns that name places ("la ville de Gao", "the town of Bakhmut", "le camp de Mbera").
# Columns: phrase, feature. Features: city (towns and cities), village (villages and hamlets),
# district (parts of a town, second-level units), region (first-level units, areas, fronts,
# borders, terrain), country, crossing (border crossings), site (buildings, installations,
# checkpoints, roads, bridges) and water (rivers, lakes, seas). A word that is also an agent
# (université, university) is left to agents.lex: on a tie the coder prefers the agent.
# Phrases are lemmas separated by single spaces; "d'" is given as "de" ("mine de or"), and a French
# participle as the infinitive the morphology gives ("poste avancer" for "postes avancés").
# "central électrique": hunspell lemmatises "centrale(s)" as "central", so the lemma matches
# both numbers where "centrale" would miss the plural.

@kind place_words
@lang fr

# Towns and cities
ville	city
capitale	city
métropole	city
agglomération	city
chef-lieu	city

# Villages
village	village
hameau	village
bourg	village
bourgade	village
localité	village
douar	village
campement	village

# Parts of towns, second-level units
quartier	district
faubourg	district
banlieue	district
périphérie	district
district	district
arrondissement	district
commune	district
canton	district
département	district
cercle	district
secteur	district
raïon	district

# Regions, areas, fronts, borders, terrain
région	region
oblast	region
province	region
gouvernorat	region
préfecture	region
wilaya	region
territoire	region
zone	region
enclave	region
front	region
ligne de front	region
frontière	region
zone frontalier	region
île	region
presqu'île	region
péninsule	region
côte	region
littoral	region
rive	region
montagne	region
vallée	region
plaine	region
plateau	region
désert	region
forêt	region
brousse	region
oasis	region

# Countries
pays	country
nation	country

# Border crossings
passage frontalier	crossing
point de passage	crossing
poste-frontière	crossing
poste frontalier	crossing

# Sites: military installations
base	site
base militaire	site
base aérien	site
base naval	site
camp	site
camp militaire	site
caserne	site
poste	site
poste militaire	site
poste avancer	site
position	site
quartier général	site
dépôt	site
check-point	site
checkpoint	site
point de contrôle	site
poste de contrôle	site
barrage routier	site
commissariat	site
mairie	site
hôtel de ville	site
poste de police	site

# Sites: transport and infrastructure
aéroport	site
aérodrome	site
piste	site
route	site
route national	site
axe	site
autoroute	site
pont	site
barrage	site
port	site
gare	site
champ pétrolifère	site
champ pétrolier	site
champ gazier	site
gisement pétrolier	site
gisement gazier	site
gisement	site
puits de pétrole	site
oléoduc	site
gazoduc	site
raffinerie	site
# Things attacked where they are: a ship, a convoy, a plant (the place of the attack)
navire	site
cargo	site
bateau	site
convoi	site
infrastructure	site
centrale	site
central électrique	site
central nucléaire	site
central thermique	site
usine	site
entrepôt	site
mine de or	site
site minier	site

# Sites: public buildings
hôpital	site
centre de santé	site
dispensaire	site
école	site
mosquée	site
église	site
marché	site
prison	site
palais	site
palais présidentiel	site
ambassade	site
hôtel	site
stade	site
camp de réfugié	site
camp de déplacé	site

# Water
fleuve	water
rivière	water
oued	water
lac	water
mer	water
océan	water
golfe	water
baie	water
détroit	water
canal	water

@lang en

# Towns and cities
city	city
town	city
capital	city
metropolis	city
municipality	city

# Villages
village	village
hamlet	village
settlement	village

# Parts of towns, second-level units
neighbourhood	district
neighborhood	district
suburb	district
outskirts	district
district	district
county	district
commune	district
sector	district
raion	district
rayon	district
tehsil	district
woreda	district
upazila	district
sub-county	district

# Regions, areas, fronts, borders, terrain
province	region
oblast	region
governorate	region
prefecture	region
region	region
territory	region
area	region
zone	region
enclave	region
front	region
front line	region
frontline	region
border	region
frontier	region
border area	region
island	region
peninsula	region
coast	region
coastline	region
mountain	region
valley	region
plateau	region
desert	region
forest	region
oasis	region

# Countries
country	country
nation	country

# Border crossings
border crossing	crossing
crossing	crossing
crossing point	crossing
border post	crossing

# Sites: military installations
base	site
military base	site
air base	site
airbase	site
naval base	site
camp	site
military camp	site
barracks	site
outpost	site
military post	site
position	site
headquarters	site
depot	site
checkpoint	site
roadblock	site
police station	site
town hall	site
city hall	site

# Sites: transport and infrastructure
airport	site
airfield	site
airstrip	site
road	site
highway	site
motorway	site
bridge	site
dam	site
port	site
harbour	site
harbor	site
railway station	site
train station	site
oil field	site
oilfield	site
gas field	site
oil well	site
pipeline	site
refinery	site
# Things attacked where they are: a ship, a convoy, a plant (the place of the attack)
ship	site
vessel	site
tanker	site
warship	site
boat	site
convoy	site
infrastructure	site
power plant	site
power station	site
nuclear plant	site
nuclear power plant	site
factory	site
warehouse	site
gold mine	site

# Sites: public buildings
hospital	site
clinic	site
health centre	site
health center	site
school	site
mosque	site
church	site
market	site
marketplace	site
prison	site
jail	site
palace	site
presidential palace	site
embassy	site
compound	site
hotel	site
stadium	site
refugee camp	site
displacement camp	site

# Water
river	water
lake	water
sea	water
ocean	water
gulf	water
bay	water
strait	water
canal	water
