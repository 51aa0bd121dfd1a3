# French closed-class words and overrides for the morphological analyser.
# Columns: form, lemma, candidate UPOS tags (comma-separated, most likely first).
# Forms are lowercase with their accents; they are matched after case folding.
# Elisions (l') and postposed clitics (-t-il) are in the @kind clitics section at the end;
# a form of this section with an inner apostrophe (aujourd'hui) is never split.
@kind words
@lang fr

# Words with an inner apostrophe: never split
aujourd'hui	aujourd'hui	ADV
quelqu'un	quelqu'un	PRON
quelqu'une	quelqu'un	PRON
prud'homme	prud'homme	NOUN
prud'hommes	prud'homme	NOUN
presqu'île	presqu'île	NOUN
presqu'îles	presqu'île	NOUN

# Articles and determiners
le	le	DET,PRON
la	le	DET,PRON
les	le	DET,PRON
un	un	DET,NUM,PRON
une	un	DET,NUM,PRON
des	un	DET
des	de	ADP,DET
du	de	ADP,DET
au	au	ADP,DET
aux	au	ADP,DET
ce	ce	DET,PRON
cet	ce	DET
cette	ce	DET
ces	ce	DET
mon	mon	DET
ma	mon	DET
mes	mon	DET
ton	ton	DET
ta	ton	DET
tes	ton	DET
son	son	DET,NOUN
sa	son	DET
ses	son	DET
notre	notre	DET
nos	notre	DET
votre	votre	DET
vos	votre	DET
leur	leur	DET,PRON
leurs	leur	DET,PRON
quel	quel	DET,ADJ
quelle	quel	DET,ADJ
quels	quel	DET,ADJ
quelles	quel	DET,ADJ
quelque	quelque	DET,ADV
quelques	quelque	DET
chaque	chaque	DET
plusieurs	plusieurs	DET,PRON
certain	certain	ADJ,DET
certaine	certain	ADJ,DET
certains	certain	DET,PRON,ADJ
certaines	certain	DET,PRON,ADJ
aucun	aucun	DET,PRON
aucune	aucun	DET,PRON
nul	nul	DET,ADJ,PRON
nulle	nul	DET,ADJ
tout	tout	DET,PRON,ADV,NOUN
toute	tout	DET,PRON,ADV
tous	tout	DET,PRON
toutes	tout	DET,PRON,ADV
divers	divers	DET,ADJ
diverses	divers	DET,ADJ
tel	tel	ADJ,DET,PRON
telle	tel	ADJ,DET,PRON
tels	tel	ADJ,DET,PRON
telles	tel	ADJ,DET,PRON
autre	autre	ADJ,PRON,DET
autres	autre	ADJ,PRON,DET
même	même	ADJ,ADV,PRON
mêmes	même	ADJ,PRON

# Personal pronouns
je	je	PRON
me	me	PRON
moi	moi	PRON
tu	tu	PRON
te	te	PRON
toi	toi	PRON
il	il	PRON
ils	ils	PRON
elle	elle	PRON
elles	elles	PRON
on	on	PRON
nous	nous	PRON
vous	vous	PRON
se	se	PRON
soi	soi	PRON
lui	lui	PRON
eux	eux	PRON
y	y	PRON,ADV
en	en	ADP,PRON

# Possessive pronouns (le mien, les leurs)
mien	mien	PRON
mienne	mien	PRON
miens	mien	PRON
miennes	mien	PRON
tien	tien	PRON
tienne	tien	PRON
tiens	tien	PRON
tiennes	tien	PRON
sien	sien	PRON
sienne	sien	PRON
siens	sien	PRON
siennes	sien	PRON
nôtre	nôtre	PRON
nôtres	nôtre	PRON
vôtre	vôtre	PRON
vôtres	vôtre	PRON

# Relative and interrogative pronouns
qui	qui	PRON
que	que	SCONJ,PRON,ADV
quoi	quoi	PRON
dont	dont	PRON
où	où	PRON,ADV
lequel	lequel	PRON
laquelle	lequel	PRON
lesquels	lequel	PRON
lesquelles	lequel	PRON
auquel	auquel	PRON
auxquels	auquel	PRON
auxquelles	auquel	PRON
duquel	duquel	PRON
desquels	duquel	PRON
desquelles	duquel	PRON

# Demonstrative pronouns
celui	celui	PRON
celle	celui	PRON
ceux	celui	PRON
celles	celui	PRON
cela	cela	PRON
ça	cela	PRON
ceci	ceci	PRON

# Indefinite pronouns
chacun	chacun	PRON
chacune	chacun	PRON
quiconque	quiconque	PRON
autrui	autrui	PRON
personne	personne	PRON,NOUN
rien	rien	PRON

# Prepositions
à	à	ADP
de	de	ADP,DET
dans	dans	ADP
par	par	ADP
pour	pour	ADP
sur	sur	ADP
sous	sous	ADP
avec	avec	ADP
sans	sans	ADP
chez	chez	ADP
contre	contre	ADP,ADV
entre	entre	ADP
entre	entrer	VERB
vers	vers	ADP
envers	envers	ADP
depuis	depuis	ADP,ADV
pendant	pendant	ADP
avant	avant	ADP,ADV,NOUN
après	après	ADP,ADV
devant	devant	ADP,ADV
derrière	derrière	ADP,ADV,NOUN
malgré	malgré	ADP
parmi	parmi	ADP
selon	selon	ADP
sauf	sauf	ADP,ADJ
hors	hors	ADP,ADV
dès	dès	ADP
jusque	jusque	ADP
outre	outre	ADP,ADV
via	via	ADP
durant	durant	ADP
suivant	suivant	ADP,ADJ
suivant	suivre	VERB
concernant	concernant	ADP
concernant	concerner	VERB
lors	lors	ADV
près	près	ADV
auprès	auprès	ADV
autour	autour	ADV
loin	loin	ADV

# Coordinating conjunctions
et	et	CCONJ
ou	ou	CCONJ
mais	mais	CCONJ,ADV
ni	ni	CCONJ
or	or	CCONJ,NOUN
donc	donc	ADV,CCONJ
car	car	CCONJ,NOUN
puis	puis	ADV,CCONJ
puis	pouvoir	VERB
soit	soit	CCONJ
soit	être	AUX,VERB
sinon	sinon	CCONJ,ADV

# Subordinating conjunctions
si	si	SCONJ,ADV
comme	comme	SCONJ,ADV,ADP
quand	quand	SCONJ,ADV
lorsque	lorsque	SCONJ
puisque	puisque	SCONJ
quoique	quoique	SCONJ
parce	parce	SCONJ
tandis	tandis	SCONJ
afin	afin	ADV

# Negation
ne	ne	ADV
pas	pas	ADV,NOUN
plus	plus	ADV
jamais	jamais	ADV
guère	guère	ADV
point	point	ADV,NOUN
nullement	nullement	ADV
non	non	ADV

# Closed-class adverbs
oui	oui	INTJ,ADV
alors	alors	ADV
ainsi	ainsi	ADV
aussi	aussi	ADV
encore	encore	ADV
déjà	déjà	ADV
toujours	toujours	ADV
souvent	souvent	ADV
parfois	parfois	ADV
bientôt	bientôt	ADV
désormais	désormais	ADV
ensuite	ensuite	ADV
enfin	enfin	ADV
cependant	cependant	ADV
pourtant	pourtant	ADV
toutefois	toutefois	ADV
néanmoins	néanmoins	ADV
notamment	notamment	ADV
seulement	seulement	ADV
également	également	ADV
surtout	surtout	ADV
plutôt	plutôt	ADV
presque	presque	ADV
environ	environ	ADV
très	très	ADV
trop	trop	ADV
assez	assez	ADV
peu	peu	ADV
beaucoup	beaucoup	ADV,PRON
moins	moins	ADV
davantage	davantage	ADV
tant	tant	ADV
autant	autant	ADV
tellement	tellement	ADV
ici	ici	ADV
là	là	ADV
ailleurs	ailleurs	ADV
partout	partout	ADV
hier	hier	ADV
demain	demain	ADV
tôt	tôt	ADV
tard	tard	ADV
longtemps	longtemps	ADV
comment	comment	ADV
pourquoi	pourquoi	ADV
combien	combien	ADV

# Auxiliary être
être	être	AUX,VERB
suis	être	AUX,VERB
suis	suivre	VERB
es	être	AUX,VERB
est	être	AUX,VERB
est	est	NOUN,ADJ
sommes	être	AUX,VERB
sommes	somme	NOUN
êtes	être	AUX,VERB
sont	être	AUX,VERB
étais	être	AUX,VERB
était	être	AUX,VERB
étions	être	AUX,VERB
étiez	être	AUX,VERB
étaient	être	AUX,VERB
fus	être	AUX,VERB
fut	être	AUX,VERB
fûmes	être	AUX,VERB
fûtes	être	AUX,VERB
furent	être	AUX,VERB
serai	être	AUX,VERB
seras	être	AUX,VERB
sera	être	AUX,VERB
serons	être	AUX,VERB
serez	être	AUX,VERB
seront	être	AUX,VERB
serais	être	AUX,VERB
serait	être	AUX,VERB
serions	être	AUX,VERB
seriez	être	AUX,VERB
seraient	être	AUX,VERB
sois	être	AUX,VERB
soyons	être	AUX,VERB
soyez	être	AUX,VERB
soient	être	AUX,VERB
fusse	être	AUX,VERB
fusses	être	AUX,VERB
fût	être	AUX,VERB
fussions	être	AUX,VERB
fussiez	être	AUX,VERB
fussent	être	AUX,VERB
été	être	AUX,VERB
été	été	NOUN
étant	être	AUX,VERB

# Auxiliary avoir
avoir	avoir	AUX,VERB,NOUN
ai	avoir	AUX,VERB
as	avoir	AUX,VERB
a	avoir	AUX,VERB
avons	avoir	AUX,VERB
avez	avoir	AUX,VERB
ont	avoir	AUX,VERB
avais	avoir	AUX,VERB
avait	avoir	AUX,VERB
avions	avoir	AUX,VERB
avions	avion	NOUN
aviez	avoir	AUX,VERB
avaient	avoir	AUX,VERB
eus	avoir	AUX,VERB
eut	avoir	AUX,VERB
eûmes	avoir	AUX,VERB
eûtes	avoir	AUX,VERB
eurent	avoir	AUX,VERB
aurai	avoir	AUX,VERB
auras	avoir	AUX,VERB
aura	avoir	AUX,VERB
aurons	avoir	AUX,VERB
aurez	avoir	AUX,VERB
auront	avoir	AUX,VERB
aurais	avoir	AUX,VERB
aurait	avoir	AUX,VERB
aurions	avoir	AUX,VERB
auriez	avoir	AUX,VERB
auraient	avoir	AUX,VERB
aie	avoir	AUX,VERB
aies	avoir	AUX,VERB
ait	avoir	AUX,VERB
ayons	avoir	AUX,VERB
ayez	avoir	AUX,VERB
aient	avoir	AUX,VERB
eusse	avoir	AUX,VERB
eusses	avoir	AUX,VERB
eût	avoir	AUX,VERB
eussions	avoir	AUX,VERB
eussiez	avoir	AUX,VERB
eussent	avoir	AUX,VERB
eu	avoir	AUX,VERB
eue	avoir	AUX,VERB
eues	avoir	AUX,VERB
ayant	avoir	AUX,VERB

# Modal verb devoir
devoir	devoir	VERB,NOUN
dois	devoir	VERB
doit	devoir	VERB
devons	devoir	VERB
devez	devoir	VERB
doivent	devoir	VERB
devais	devoir	VERB
devait	devoir	VERB
devions	devoir	VERB
deviez	devoir	VERB
devaient	devoir	VERB
dus	devoir	VERB
dut	devoir	VERB
dûmes	devoir	VERB
dûtes	devoir	VERB
durent	devoir	VERB
devrai	devoir	VERB
devras	devoir	VERB
devra	devoir	VERB
devrons	devoir	VERB
devrez	devoir	VERB
devront	devoir	VERB
devrais	devoir	VERB
devrait	devoir	VERB
devrions	devoir	VERB
devriez	devoir	VERB
devraient	devoir	VERB
doive	devoir	VERB
doives	devoir	VERB
dussent	devoir	VERB
dusse	devoir	VERB
dusses	devoir	VERB
dût	devoir	VERB
dussions	devoir	VERB
dussiez	devoir	VERB
dû	devoir	VERB
due	devoir	VERB
dues	devoir	VERB
devant	devoir	VERB

# Modal verb pouvoir
pouvoir	pouvoir	VERB,NOUN
peux	pouvoir	VERB
peut	pouvoir	VERB
pouvons	pouvoir	VERB
pouvez	pouvoir	VERB
peuvent	pouvoir	VERB
pouvais	pouvoir	VERB
pouvait	pouvoir	VERB
pouvions	pouvoir	VERB
pouviez	pouvoir	VERB
pouvaient	pouvoir	VERB
pus	pouvoir	VERB
put	pouvoir	VERB
pûmes	pouvoir	VERB
pûtes	pouvoir	VERB
purent	pouvoir	VERB
pourrai	pouvoir	VERB
pourras	pouvoir	VERB
pourra	pouvoir	VERB
pourrons	pouvoir	VERB
pourrez	pouvoir	VERB
pourront	pouvoir	VERB
pourrais	pouvoir	VERB
pourrait	pouvoir	VERB
pourrions	pouvoir	VERB
pourriez	pouvoir	VERB
pourraient	pouvoir	VERB
puisse	pouvoir	VERB
puisses	pouvoir	VERB
puissions	pouvoir	VERB
puissiez	pouvoir	VERB
puissent	pouvoir	VERB
pusse	pouvoir	VERB
pusses	pouvoir	VERB
pût	pouvoir	VERB
pussions	pouvoir	VERB
pussiez	pouvoir	VERB
pussent	pouvoir	VERB
pu	pouvoir	VERB
pouvant	pouvoir	VERB

# Modal verb vouloir
vouloir	vouloir	VERB,NOUN
veux	vouloir	VERB
veut	vouloir	VERB
voulons	vouloir	VERB
voulez	vouloir	VERB
veulent	vouloir	VERB
voulais	vouloir	VERB
voulait	vouloir	VERB
voulions	vouloir	VERB
vouliez	vouloir	VERB
voulaient	vouloir	VERB
voulus	vouloir	VERB
voulut	vouloir	VERB
voulûmes	vouloir	VERB
voulûtes	vouloir	VERB
voulurent	vouloir	VERB
voudrai	vouloir	VERB
voudras	vouloir	VERB
voudra	vouloir	VERB
voudrons	vouloir	VERB
voudrez	vouloir	VERB
voudront	vouloir	VERB
voudrais	vouloir	VERB
voudrait	vouloir	VERB
voudrions	vouloir	VERB
voudriez	vouloir	VERB
voudraient	vouloir	VERB
veuille	vouloir	VERB
veuilles	vouloir	VERB
veuillions	vouloir	VERB
veuilliez	vouloir	VERB
veuillent	vouloir	VERB
veuillez	vouloir	VERB
voulusse	vouloir	VERB
voulusses	vouloir	VERB
voulût	vouloir	VERB
voulussions	vouloir	VERB
voulussiez	vouloir	VERB
voulussent	vouloir	VERB
voulu	vouloir	VERB
voulue	vouloir	VERB
voulues	vouloir	VERB
voulant	vouloir	VERB

# Impersonal verb falloir (il faut)
falloir	falloir	VERB
faut	falloir	VERB
fallait	falloir	VERB
fallut	falloir	VERB
faudra	falloir	VERB
faudrait	falloir	VERB
faille	falloir	VERB
faille	faille	NOUN
fallût	falloir	VERB
fallu	falloir	VERB

# Numbers
zéro	zéro	NUM
deux	deux	NUM
trois	trois	NUM
quatre	quatre	NUM
cinq	cinq	NUM
six	six	NUM
sept	sept	NUM
huit	huit	NUM
neuf	neuf	NUM,ADJ
dix	dix	NUM
onze	onze	NUM
douze	douze	NUM
treize	treize	NUM
quatorze	quatorze	NUM
quinze	quinze	NUM
seize	seize	NUM
dix-sept	dix-sept	NUM
dix-huit	dix-huit	NUM
dix-neuf	dix-neuf	NUM
vingt	vingt	NUM
vingts	vingt	NUM
trente	trente	NUM
quarante	quarante	NUM
cinquante	cinquante	NUM
soixante	soixante	NUM
soixante-dix	soixante-dix	NUM
quatre-vingt	quatre-vingt	NUM
quatre-vingts	quatre-vingt	NUM
quatre-vingt-dix	quatre-vingt-dix	NUM
cent	cent	NUM
cents	cent	NUM
mille	mille	NUM
million	million	NUM,NOUN
millions	million	NUM,NOUN
milliard	milliard	NUM,NOUN
milliards	milliard	NUM,NOUN
douzaine	douzaine	NUM,NOUN
douzaines	douzaine	NUM,NOUN
dizaine	dizaine	NUM,NOUN
dizaines	dizaine	NUM,NOUN
quinzaine	quinzaine	NUM,NOUN
vingtaine	vingtaine	NUM,NOUN
vingtaines	vingtaine	NUM,NOUN
trentaine	trentaine	NUM,NOUN
quarantaine	quarantaine	NUM,NOUN
cinquantaine	cinquantaine	NUM,NOUN
soixantaine	soixantaine	NUM,NOUN
centaine	centaine	NUM,NOUN
centaines	centaine	NUM,NOUN
millier	millier	NUM,NOUN
milliers	millier	NUM,NOUN

# Clitics: split off the word they precede (prefix: elisions) or end (suffix).

# Nouns of people hunspell knows only as adjectives or participles (enseignant) or not at all:
# the coder's agents must head on a noun.
enseignant	enseignant	NOUN,ADJ
enseignant	enseigner	VERB:ppre
enseignants	enseignant	NOUN,ADJ
supplétif	supplétif	NOUN,ADJ
supplétifs	supplétif	NOUN,ADJ
contingent	contingent	NOUN,ADJ
contingents	contingent	NOUN,ADJ
agropasteur	agropasteur	NOUN
agropasteurs	agropasteur	NOUN
caméraman	caméraman	NOUN
caméramans	caméraman	NOUN

@kind clitics
@lang fr
l'	prefix	le	DET,PRON
d'	prefix	de	ADP,DET
j'	prefix	je	PRON
m'	prefix	me	PRON
t'	prefix	te	PRON
s'	prefix	se	PRON
s'	prefix	si	SCONJ
n'	prefix	ne	ADV
c'	prefix	ce	PRON
qu'	prefix	que	SCONJ,PRON
jusqu'	prefix	jusque	ADP
lorsqu'	prefix	lorsque	SCONJ
puisqu'	prefix	puisque	SCONJ
quoiqu'	prefix	quoique	SCONJ
presqu'	prefix	presque	ADV
-t-il	suffix	il	PRON
-t-elle	suffix	elle	PRON
-t-on	suffix	on	PRON
-il	suffix	il	PRON
-ils	suffix	ils	PRON
-elle	suffix	elle	PRON
-elles	suffix	elles	PRON
-on	suffix	on	PRON
-je	suffix	je	PRON
-tu	suffix	tu	PRON
-nous	suffix	nous	PRON
-vous	suffix	vous	PRON
-le	suffix	le	PRON
-la	suffix	la	PRON
-les	suffix	les	PRON
-lui	suffix	lui	PRON
-leur	suffix	leur	PRON
-moi	suffix	moi	PRON
-toi	suffix	toi	PRON
-y	suffix	y	PRON
-en	suffix	en	PRON
-ce	suffix	ce	PRON
-ci	suffix	ci	ADV
-là	suffix	là	ADV
