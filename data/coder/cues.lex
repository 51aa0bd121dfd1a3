# Cues: words and patterns that change how a clause is read (negated, failed, attempted,
# planned, reported, feared, hypothetical, denied, a purpose) or that say who holds a place.
# Columns: pattern, cue. Patterns are lemmas in order; the first item is the head; up to three
# determiners, adjectives, adverbs or numerals may intervene, so inner articles are left out
# ("sous contrôle de" also matches "sous le contrôle de", "in hand of" matches "in the hands of").
# A leading "se" marks a pronominal verb ("se apprêter à" for "s'apprêter à"); "d'" is given as
# "de" ("de après").
# French participles are given as the morphology lemmatises them, the infinitive ("contrôler
# par" for "contrôlée par").

@kind cues
@lang fr

# Negation ("n'" has the lemma "ne")
ne	negation
pas	negation
jamais	negation
aucun	negation
nullement	negation
guère	negation

# Success
réussir à	success
réussir	success
parvenir à	success

# Failure
échouer à	failure
échouer	failure
échec	failure
rater	failure
avorter	failure
déjouer	failure
en vain	failure
vainement	failure

# Attempt
tenter de	attempt
tentative de	attempt
tentative	attempt
essayer de	attempt
chercher à	attempt
se efforcer de	attempt
tâcher de	attempt

# Plan
prévoir de	plan
projeter de	plan
projet de	plan
planifier	plan
envisager de	plan
préparer	plan
se préparer à	plan
se apprêter à	plan
être sur point de	plan
compter	plan
se concerter pour	plan
décider de	plan
intention de	plan
avoir intention de	plan
annoncer intention de	plan
aller	plan
promettre de	plan
jurer de	plan
se engager à	plan

# Claim (a report: claimed when its speaker is on the side of the event's doer, else what
# occurred; see docs/STATUS.md). Accusations are claimed whoever makes them.
annoncer	claim
affirmer	claim
déclarer	claim
dire	claim
assurer	claim
revendiquer	responsibility
prétendre	accusation
indiquer	claim
rapporter	claim
relater	claim
signaler	claim
préciser	claim
ajouter	claim
confirmer	claim
témoigner	claim
raconter	claim
alléguer	accusation
faire état de	claim
faire savoir	claim
selon	claim
de après	claim
de source	claim
à en croire	claim

# Fear
craindre	fear
redouter	fear
appréhender	fear
se inquiéter de	fear
inquiétude	fear
avoir peur	fear
peur que	fear
de peur que	fear
crainte	fear
de crainte que	fear
risquer de	fear
risque de	fear
menace de	fear
mettre en garde	fear

# Hypothesis (pouvoir counts in the conditional; the engine checks the mood)
pouvoir	hypothesis
sembler	hypothesis
paraître	hypothesis
éventuel	hypothesis
éventuellement	hypothesis
possible	hypothesis
possiblement	hypothesis
probable	hypothesis
probablement	hypothesis
vraisemblablement	hypothesis
apparemment	hypothesis
peut-être	hypothesis
sans doute	hypothesis
présumer	hypothesis
supposer	hypothesis
soupçonner	hypothesis
susceptible de	hypothesis

# Denial
démentir	denial
démenti	denial
nier	denial
contester	denial
réfuter	denial
récuser	denial
rejeter accusation	denial
rejeter allégation	denial
se inscrire en faux	denial

# Purpose
pour	purpose
afin de	purpose
afin que	purpose
en vue de	purpose
dans but de	purpose
pour que	purpose

# Partial: before a place held or taken only in part
partie de	partial
moitié de	partial
quartier de	partial
secteur de	partial
faubourg de	partial

# Support: a verb whose subject is the source of the nominal event that follows (mener des frappes)
mener	support
lancer	support
effectuer	support
conduire	support
réaliser	support
procéder à	support
organiser	support
signer	support
conclure	support
parapher	support
observer	support
perpétrer	support
commettre	support
multiplier	support

# Holds: a verb whose subject holds the place it governs, said of now (present or perfect)
contrôler	holds
tenir	holds
détenir	holds
garder contrôle de	holds
conserver contrôle de	holds
rester maître de	holds

# Threats, accusations, refusals and repelled attacks: the act they govern did not happen as said
menacer de	fear
accuser de	accusation
refuser de	negation
repousser	failure

# Holder: after a place, before the actor that holds it
dernier refuge de	holder
refuge de	holder
dernier bastion de	holder
bastion de	holder
fief de	holder
place fort de	holder
sanctuaire de	holder
repaire de	holder
au main de	holder
entre main de	holder
sous contrôle de	holder
sous coupe de	holder
contrôler par	holder
tenir par	holder
détenir par	holder
occuper par	holder
administrer par	holder

# Casualties: words that say people were killed, injured or abducted; the count is the noun
# phrase before them (cinq soldats ont été tués, 20 morts) or, after an active verb, the one after
# them (tuant une dizaine de civils).
tuer	killed
lyncher	killed
battre à mort	killed
brûler vif	killed
abattre	killed
massacrer	killed
exécuter	killed
neutraliser	killed
décapiter	killed
égorger	killed
assassiner	killed
mort	killed
mourir	killed
périr	killed
perdre vie	killed
trouver mort	killed
décès	killed
blesser	injured
blessé	injured
enlever	abducted
kidnapper	abducted
prendre otage	abducted
otage	abducted

# A place taken without a fight: the capture is a non-violent transfer of territory.
sans combat	unopposed
sans résistance	unopposed
sans coup férir	unopposed
sans tirer coup de feu	unopposed
après retrait	unopposed
après départ	unopposed
après se retirer	unopposed
abandonner par	unopposed
abandonner	unopposed
sans rencontrer résistance	unopposed
sans combattre	unopposed
sans affrontement	unopposed

@lang en

# Negation ("n't" has the lemma "not")
not	negation
n't	negation
never	negation
no	negation
cannot	negation
none	negation
neither	negation
nor	negation

# Success
manage to	success
succeed in	success
succeed	success

# Failure
fail to	failure
fail	failure
failure	failure
unsuccessful	failure
unsuccessfully	failure
in vain	failure
foil	failure
thwart	failure
abort	failure

# Attempt
try to	attempt
attempt to	attempt
attempt	attempt
seek to	attempt
bid to	attempt
in bid to	attempt
effort to	attempt
strive to	attempt

# Plan
plan to	plan
intend to	plan
intention to	plan
aim to	plan
prepare to	plan
prepare for	plan
be set to	plan
be poised to	plan
be about to	plan
be due to	plan
be scheduled to	plan
expect to	plan
decide to	plan
will	plan
shall	plan
go to	plan
vow to	plan
pledge to	plan
promise to	plan

# Claim
say	claim
claim	accusation
announce	claim
state that	claim
report	claim
assert	claim
allege	accusation
tell	claim
quote	claim
add	claim
confirm	claim
declare	claim
insist	claim
according to	claim
reportedly	claim
purportedly	accusation

# Fear
fear	fear
worry	fear
be concerned	fear
concern that	fear
be afraid	fear
dread	fear
risk	fear
threat of	fear
danger of	fear
warn that	fear

# Hypothesis
may	hypothesis
might	hypothesis
could	hypothesis
would	hypothesis
possibly	hypothesis
possible	hypothesis
perhaps	hypothesis
maybe	hypothesis
likely	hypothesis
probably	hypothesis
apparently	hypothesis
presumably	hypothesis
seemingly	hypothesis
allegedly	hypothesis
seem	hypothesis
appear to	hypothesis
if	hypothesis
whether	hypothesis
suspected	hypothesis
alleged	hypothesis
potential	hypothesis

# Denial
deny	denial
denial	denial
refute	denial
rebut	denial
dismiss claim	denial
dismiss report	denial
dismiss allegation	denial
dismiss accusation	denial
reject claim	denial
reject report	denial
reject allegation	denial
reject accusation	denial

# Purpose
in order to	purpose
so as to	purpose
so that	purpose
with aim of	purpose
aim at	purpose

# Partial: before a place held or taken only in part
part of	partial
half of	partial
neighbourhood of	partial
neighborhood of	partial
outskirts of	partial

# Support: a verb whose subject is the source of the nominal event that follows (launch strikes)
launch	support
carry out	support
conduct	support
stage	support
organize	support
sign	support
reach	support
conclude	support
strike	support
mount	support
perpetrate	support
commit	support
step up	support

# Holds: a verb whose subject holds the place it governs, said of now (present or perfect)
control	holds
hold	holds
retain control of	holds
remain in control of	holds
keep control of	holds

# Threats, accusations, refusals and repelled attacks: the act they govern did not happen as said
threaten to	fear
accuse of	accusation
refuse to	negation
repel	failure
repulse	failure
fend off	failure

# Responsibility: whoever claims it is the source of the act it names, which is claimed
claim responsibility for	responsibility

# Holder: after a place, before the actor that holds it
hold by	holder
control by	holder
under control of	holder
stronghold of	holder
last stronghold of	holder
bastion of	holder
last bastion of	holder
hideout of	holder
heartland of	holder
fiefdom of	holder
occupy by	holder
in hand of	holder
under sway of	holder
dominate by	holder
run by	holder

# Casualties (see the French section)
kill	killed
lynch	killed
beat to death	killed
hack to death	killed
burn alive	killed
stone to death	killed
shoot dead	killed
massacre	killed
execute	killed
neutralize	killed
neutralise	killed
behead	killed
decapitate	killed
slit throat	killed
assassinate	killed
dead	killed
die	killed
death	killed
perish	killed
lose life	killed
fatality	killed
death toll	killed
wound	injured
injure	injured
hurt	injured
abduct	abducted
kidnap	abducted
take hostage	abducted
hostage	abducted

# A place taken without a fight: the capture is a non-violent transfer of territory.
without fight	unopposed
without resistance	unopposed
without fire shot	unopposed
unopposed	unopposed
after withdrawal	unopposed
after withdraw	unopposed
after pull out	unopposed
abandon by	unopposed
abandon	unopposed
