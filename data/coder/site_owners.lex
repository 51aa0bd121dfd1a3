# Whose a site is when the text names no owner, so that an attack on it has a target: a police
# station is the police's, a barracks the military's, a school its pupils' and teachers'.
# Columns: phrase (as written in place_words.lex), role (a CAMEO role code). The country comes
# from the document, or from where the event happened for the unarmed.

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
