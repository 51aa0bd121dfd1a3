# English closed-class words and overrides for the morphological analyser.
# Columns: form, lemma, candidate UPOS tags (comma-separated, most likely first).
# Forms are lowercase; they are matched after case folding.
# Clitics ('s, n't) are in the @kind clitics section at the end.
# Lemmas of personal and possessive pronouns follow the UD convention (me, my, mine -> I).
@kind words
@lang en

# Articles and determiners
the	the	DET
a	a	DET
an	a	DET
this	this	DET,PRON
that	that	SCONJ,DET,PRON,ADV
these	this	DET,PRON
those	that	DET,PRON
some	some	DET,PRON
any	any	DET,PRON
no	no	DET,INTJ,ADV
every	every	DET
each	each	DET,PRON
either	either	DET,PRON,CCONJ,ADV
neither	neither	DET,PRON,CCONJ,ADV
all	all	DET,PRON,ADV
both	both	DET,PRON,CCONJ
half	half	DET,NOUN,ADV
several	several	ADJ,DET,PRON
many	many	ADJ,DET,PRON
much	much	ADJ,ADV,DET,PRON
few	few	ADJ,DET,PRON
fewer	few	ADJ,DET,PRON
fewest	few	ADJ,DET,PRON
little	little	ADJ,ADV,DET,PRON
less	less	ADJ,ADV,DET,PRON
least	least	ADJ,ADV,DET,PRON
more	more	ADJ,ADV,DET,PRON
most	most	ADJ,ADV,DET,PRON
enough	enough	ADJ,ADV,DET,PRON
other	other	ADJ,PRON
another	another	DET,PRON
such	such	DET,ADJ
what	what	PRON,DET
which	which	PRON,DET
whatever	whatever	PRON,DET
whichever	whichever	PRON,DET

# Possessive determiners and pronouns
my	I	DET,PRON
your	you	DET,PRON
his	he	PRON,DET
her	she	PRON,DET
its	it	DET,PRON
our	we	DET,PRON
their	they	DET,PRON
mine	I	PRON
yours	you	PRON
hers	she	PRON
ours	we	PRON
theirs	they	PRON

# Personal pronouns
i	I	PRON
me	I	PRON
you	you	PRON
he	he	PRON
him	he	PRON
she	she	PRON
it	it	PRON
we	we	PRON
us	we	PRON
they	they	PRON
them	they	PRON
one	one	NUM,PRON,NOUN

# Reflexive pronouns
myself	myself	PRON
yourself	yourself	PRON
yourselves	yourselves	PRON
himself	himself	PRON
herself	herself	PRON
itself	itself	PRON
ourselves	ourselves	PRON
themselves	themselves	PRON
oneself	oneself	PRON

# Relative, interrogative and indefinite pronouns
who	who	PRON
whom	who	PRON
whose	whose	PRON,DET
whoever	whoever	PRON
whomever	whoever	PRON
someone	someone	PRON
somebody	somebody	PRON
something	something	PRON
anyone	anyone	PRON
anybody	anybody	PRON
anything	anything	PRON
everyone	everyone	PRON
everybody	everybody	PRON
everything	everything	PRON
nobody	nobody	PRON
nothing	nothing	PRON
none	none	PRON

# Prepositions
aboard	aboard	ADP,ADV
about	about	ADP,ADV
above	above	ADP,ADV
across	across	ADP,ADV
after	after	ADP,SCONJ,ADV
against	against	ADP
along	along	ADP,ADV
alongside	alongside	ADP,ADV
amid	amid	ADP
amidst	amidst	ADP
among	among	ADP
amongst	amongst	ADP
around	around	ADP,ADV
as	as	ADP,SCONJ,ADV
at	at	ADP
atop	atop	ADP
before	before	ADP,SCONJ,ADV
behind	behind	ADP,ADV
below	below	ADP,ADV
beneath	beneath	ADP,ADV
beside	beside	ADP
besides	besides	ADP,ADV
between	between	ADP,ADV
beyond	beyond	ADP,ADV
by	by	ADP,ADV
circa	circa	ADP
concerning	concerning	ADP
concerning	concern	VERB
despite	despite	ADP
down	down	ADP,ADV
during	during	ADP
except	except	ADP,SCONJ
following	following	ADP,ADJ,NOUN
following	follow	VERB
for	for	ADP,SCONJ
from	from	ADP
in	in	ADP,ADV
including	including	ADP
including	include	VERB
inside	inside	ADP,ADV,NOUN,ADJ
into	into	ADP
like	like	ADP,SCONJ,VERB,ADJ
minus	minus	ADP,ADJ,NOUN
near	near	ADP,ADV,ADJ
nearby	nearby	ADJ,ADV
of	of	ADP
off	off	ADP,ADV,ADJ
on	on	ADP,ADV
onto	onto	ADP
opposite	opposite	ADP,ADJ,NOUN
out	out	ADP,ADV
outside	outside	ADP,ADV,NOUN,ADJ
over	over	ADP,ADV
past	past	ADP,ADJ,NOUN,ADV
per	per	ADP
plus	plus	ADP,CCONJ,NOUN
regarding	regarding	ADP
regarding	regard	VERB
since	since	ADP,SCONJ,ADV
than	than	ADP,SCONJ
through	through	ADP,ADV
throughout	throughout	ADP,ADV
till	till	ADP,SCONJ
to	to	ADP,PART
toward	toward	ADP
towards	towards	ADP
under	under	ADP,ADV
underneath	underneath	ADP,ADV
unlike	unlike	ADP
until	until	ADP,SCONJ
up	up	ADP,ADV
upon	upon	ADP
versus	versus	ADP
via	via	ADP
with	with	ADP
within	within	ADP,ADV
without	without	ADP

# Coordinating conjunctions
and	and	CCONJ
or	or	CCONJ
but	but	CCONJ,ADP
nor	nor	CCONJ
yet	yet	ADV,CCONJ
so	so	ADV,SCONJ,CCONJ

# Subordinating conjunctions
although	although	SCONJ
though	though	SCONJ,ADV
because	because	SCONJ
if	if	SCONJ
unless	unless	SCONJ
whether	whether	SCONJ
while	while	SCONJ,NOUN
whilst	whilst	SCONJ
whereas	whereas	SCONJ
once	once	ADV,SCONJ
lest	lest	SCONJ
when	when	ADV,SCONJ
whenever	whenever	ADV,SCONJ
where	where	ADV,SCONJ
wherever	wherever	ADV,SCONJ
whereby	whereby	ADV
how	how	ADV,SCONJ
why	why	ADV

# Auxiliaries: be
be	be	AUX,VERB
am	be	AUX,VERB
is	be	AUX,VERB
are	be	AUX,VERB
was	be	AUX,VERB
were	be	AUX,VERB
been	be	AUX,VERB
being	be	AUX,VERB,NOUN
ai	be	AUX

# Auxiliaries: have
have	have	AUX,VERB
has	have	AUX,VERB
had	have	AUX,VERB
having	have	AUX,VERB

# Auxiliaries: do (done and doing are never auxiliaries)
do	do	AUX,VERB
does	do	AUX,VERB
did	do	AUX,VERB
done	do	VERB
doing	do	VERB

# Modals
will	will	AUX,NOUN
would	would	AUX
shall	shall	AUX
should	should	AUX
can	can	AUX,NOUN
could	could	AUX
may	may	AUX,PROPN
might	might	AUX,NOUN
must	must	AUX
ought	ought	AUX

# Negation and clitics written as separate tokens
not	not	PART
# First halves of can't, won't and shan't once n't is split off.
ca	can	AUX
wo	will	AUX
sha	shall	AUX
# Inner apostrophe: never split.
o'clock	o'clock	ADV

# Closed-class adverbs
also	also	ADV
still	still	ADV,ADJ
already	already	ADV
ago	ago	ADV
then	then	ADV
now	now	ADV
here	here	ADV
there	there	PRON,ADV
never	never	ADV
only	only	ADV,ADJ
very	very	ADV
even	even	ADV,ADJ
again	again	ADV
too	too	ADV
just	just	ADV,ADJ
soon	soon	ADV
always	always	ADV
often	often	ADV
sometimes	sometimes	ADV
ever	ever	ADV
almost	almost	ADV
nearly	nearly	ADV
perhaps	perhaps	ADV
maybe	maybe	ADV
rather	rather	ADV
quite	quite	ADV
however	however	ADV
therefore	therefore	ADV
thus	thus	ADV
hence	hence	ADV
meanwhile	meanwhile	ADV
instead	instead	ADV
otherwise	otherwise	ADV
else	else	ADV
twice	twice	ADV
away	away	ADV
together	together	ADV
afterwards	afterwards	ADV
nevertheless	nevertheless	ADV
moreover	moreover	ADV
furthermore	furthermore	ADV
indeed	indeed	ADV

# Cardinal numbers
zero	zero	NUM
two	two	NUM
three	three	NUM
four	four	NUM
five	five	NUM
six	six	NUM
seven	seven	NUM
eight	eight	NUM
nine	nine	NUM
ten	ten	NUM
eleven	eleven	NUM
twelve	twelve	NUM
thirteen	thirteen	NUM
fourteen	fourteen	NUM
fifteen	fifteen	NUM
sixteen	sixteen	NUM
seventeen	seventeen	NUM
eighteen	eighteen	NUM
nineteen	nineteen	NUM
twenty	twenty	NUM
thirty	thirty	NUM
forty	forty	NUM
fifty	fifty	NUM
sixty	sixty	NUM
seventy	seventy	NUM
eighty	eighty	NUM
ninety	ninety	NUM
hundred	hundred	NUM
hundreds	hundred	NUM,NOUN
thousand	thousand	NUM
thousands	thousand	NUM,NOUN
million	million	NUM
millions	million	NUM,NOUN
billion	billion	NUM
billions	billion	NUM,NOUN
trillion	trillion	NUM
dozen	dozen	NUM,NOUN
dozens	dozen	NUM,NOUN

# Clitics: split off the word they precede (prefix: elisions) or end (suffix).
@kind words
@lang en
# Open-class words WordNet does not know, common in conflict reporting.
airstrike	airstrike	NOUN
airstrikes	airstrike	NOUN
jihadi	jihadi	NOUN,ADJ
jihadis	jihadi	NOUN
frontline	frontline	NOUN
frontlines	frontline	NOUN
airbase	airbase	NOUN
airbases	airbase	NOUN
gunship	gunship	NOUN
gunships	gunship	NOUN
protestors	protestor	NOUN
protestor	protestor	NOUN
governorates	governorate	NOUN
governorate	governorate	NOUN
# Verbs whose past and past participle are their base form ("were hit", "was set on fire"):
# WordNet lists no exception for them.
set	set	VERB:base past
put	put	VERB:base past
hit	hit	VERB:base past
cut	cut	VERB:base past
shut	shut	VERB:base past
hurt	hurt	VERB:base past
burst	burst	VERB:base past
cast	cast	VERB:base past
spread	spread	VERB:base past
let	let	VERB:base past
shed	shed	VERB:base past
split	split	VERB:base past
thrust	thrust	VERB:base past
upset	upset	VERB:base past
broadcast	broadcast	VERB:base past
quit	quit	VERB:base past

@kind clitics
@lang en
n't	suffix	not	PART
's	suffix	be	AUX
's	suffix	have	AUX
's	suffix	's	PART
're	suffix	be	AUX
've	suffix	have	AUX
'll	suffix	will	AUX
'd	suffix	would	AUX
'd	suffix	have	AUX
'm	suffix	be	AUX
# Hyphenated participles that say who leads, backs or holds what follows ("U.S.-led coalition",
# "Turkish-backed factions", "rebel-held town"): split off, so the name before them is read.
-led	suffix	led	ADJ
-backed	suffix	backed	ADJ
-supported	suffix	supported	ADJ
-allied	suffix	allied	ADJ
-aligned	suffix	aligned	ADJ
-sponsored	suffix	sponsored	ADJ
-funded	suffix	funded	ADJ
-trained	suffix	trained	ADJ
-installed	suffix	installed	ADJ
-appointed	suffix	appointed	ADJ
-held	suffix	held	ADJ
-controlled	suffix	controlled	ADJ
-occupied	suffix	occupied	ADJ
-run	suffix	run	ADJ
-dominated	suffix	dominated	ADJ
