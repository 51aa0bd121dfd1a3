# Whose a site or a piece of property is when the text names no owner, so that an attack on it
# has a target: a police station is the police's, a barracks the military's, a school its pupils'
# and teachers', houses civilians', shops traders', a demonstration its protesters'. Vehicles are left out: a convoy or an army's
# trucks are not civilians'.
# Columns: phrase (as written in place_words.lex or noun_classes.lex), role (a CAMEO role code).
# The country comes from the document, or from where the event happened for the unarmed.

@kind site_owners
@lang fr

base militaire	MIL
camp militaire	MIL
caserne	MIL
commissariat	COP
poste de police	COP
mairie	GOV
hôtel de ville	GOV
hôpital	HLH
école	EDU
mosquée	REL
église	REL
marché	CVL
camp de réfugié	REF
camp de déplacé	REF
maison	CVL
habitation	CVL
domicile	CVL
logement	CVL
commerce	BUS
boutique	BUS
bar	BUS
magasin	BUS
manifestation	OPP
sit-in	OPP
rassemblement	OPP
cortège	OPP

@kind site_owners
@lang en

military base	MIL
air base	MIL
barracks	MIL
police station	COP
town hall	GOV
city hall	GOV
hospital	HLH
school	EDU
mosque	REL
church	REL
market	CVL
refugee camp	REF
displacement camp	REF
house	CVL
home	CVL
dwelling	CVL
shop	BUS
bar	BUS
store	BUS
business	BUS
protest	OPP
demonstration	OPP
rally	OPP
march	OPP
sit-in	OPP
gathering	OPP
vigil	OPP
