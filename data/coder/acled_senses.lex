# Predicates whose ACLED sub-event type is not their CAMEO code's own (docs/LEXICON.md, kind
# acled_senses): a base set up and troops deployed are postures of force (154) that ACLED records
# as strategic developments; a surrender (0874) is an agreement; a weapon seized (1711) or a drone
# downed (190) is a disrupted weapons use; a place handed over (192) a non-violent transfer.
# Columns: predicate (its pattern exactly as written in predicates.lex), ACLED sub-event type.

@kind acled_senses
@lang fr
installer base|camp|quartier|QG|repaire|campement|détachement|bastion	Headquarters or base established
établir base|camp|quartier|QG|repaire|campement|bastion	Headquarters or base established
implanter base|camp|quartier|QG|campement	Headquarters or base established
ouvrir base|camp|quartier|QG	Headquarters or base established
aménager base|camp|quartier|QG|campement|repaire	Headquarters or base established
déployer	Change to group/activity
envoyer renfort|troupe|soldat|combattant|militaire	Change to group/activity
dépêcher	Change to group/activity
mobiliser	Change to group/activity
recruter	Change to group/activity
fusionner	Change to group/activity
former milice|groupe|coalition|alliance|mouvement	Change to group/activity
créer milice|groupe|coalition|alliance|mouvement	Change to group/activity
désamorcer	Disrupted weapons use
neutraliser engin|bombe|mine|explosif|EEI	Disrupted weapons use
démanteler engin|bombe|EEI	Disrupted weapons use
saisir arme|munition|explosif|cache|stock|dépôt|arsenal|kalachnikov|lance-roquette	Disrupted weapons use
découvrir cache|stock|dépôt|arsenal	Disrupted weapons use
récupérer arme|munition|explosif|kalachnikov	Disrupted weapons use
abattre drone|missile|roquette	Disrupted weapons use
intercepter drone|missile|roquette	Disrupted weapons use
capituler	Agreement
déposer arme	Agreement
rendre arme	Agreement
échanger prisonnier|otage|détenu|captif	Agreement
céder	Non-violent transfer of territory
remettre	Non-violent transfer of territory
rétrocéder	Non-violent transfer of territory

@kind acled_senses
@lang en
set up base|camp|headquarters|hideout|outpost|stronghold	Headquarters or base established
establish base|camp|headquarters|hideout|outpost|stronghold	Headquarters or base established
open base|headquarters|outpost	Headquarters or base established
build base|outpost	Headquarters or base established
deploy	Change to group/activity
send troop|reinforcement|fighter|soldier	Change to group/activity
mobilize	Change to group/activity
recruit	Change to group/activity
merge	Change to group/activity
form militia|group|coalition|alliance|movement	Change to group/activity
defuse	Disrupted weapons use
dismantle bomb|device|IED|explosive	Disrupted weapons use
neutralize bomb|device|IED|explosive	Disrupted weapons use
seize weapon|arm|ammunition|explosive|cache|rifle|rocket|arsenal	Disrupted weapons use
discover cache|stockpile|arsenal	Disrupted weapons use
recover weapon|arm|ammunition|explosive|rifle|cache	Disrupted weapons use
shoot down drone|missile|rocket	Disrupted weapons use
intercept drone|missile|rocket	Disrupted weapons use
surrender	Agreement
lay down arm|weapon	Agreement
exchange prisoner|detainee|hostage|captive	Agreement
swap prisoner|detainee|hostage|captive	Agreement
hand over	Non-violent transfer of territory
hand over control of	Non-violent transfer of territory
