# Words around place names, for the geocoder (docs/GEO.md). Columns: phrase, cue.
#   locative   introduces a place: a name that is also a common word (Nice, Mobile, Chad) counts
#              as a place after it.
#   relative   a direction, distance or vicinity: the event is near the place, not in it, and its
#              location gets region precision. Relative cues also introduce a place.
#   not_alone  a name that is a place only after a locative cue; alone it is a word or a person's
#              name (Said, Mars, Al).
#   division   (English) a word GeoNames writes after a division's name ("Limpopo Province"),
#              tried when a text names the division without it; after a name in the text it
#              makes the name a division ("Borno state"; county, district and department one of
#              the second level).
#   district_after
#              a word after a name that makes it a second-level division ("Tsafe local
#              government area"), too common elsewhere to be one of the coder's place nouns.
# Phrases are lemmas separated by single spaces, matched like place words; "d'" is given as "de".

@kind geo_cues
@lang fr

à	locative
en	locative
dans	locative
vers	locative
depuis	locative
près de	relative
non loin de	relative
aux abords de	relative
aux environs de	relative
dans les environs de	relative
à la périphérie de	relative
en périphérie de	relative
à l'entrée de	relative
aux portes de	relative
à proximité de	relative
au large de	relative
au nord de	relative
au sud de	relative
à l'est de	relative
à l'ouest de	relative
au nord-est de	relative
au nord-ouest de	relative
au sud-est de	relative
au sud-ouest de	relative
km de	relative
kilomètre de	relative
dans le nord de	relative
dans le sud de	relative
dans l'est de	relative
dans l'ouest de	relative
dans le centre de	relative
le nord de	relative
le sud de	relative
l'est de	relative
l'ouest de	relative
en amont de	relative
en aval de	relative
le long de	relative
entre	relative

@lang en

in	locative
at	locative
into	locative
from	locative
to	locative
across	locative
inside	locative
near	relative
nearby	relative
outside	relative
around	relative
outskirts of	relative
suburbs of	relative
vicinity of	relative
close to	relative
off the coast of	relative
north of	relative
south of	relative
east of	relative
west of	relative
northeast of	relative
northwest of	relative
southeast of	relative
southwest of	relative
north-east of	relative
north-west of	relative
south-east of	relative
south-west of	relative
km from	relative
kilometre from	relative
kilometer from	relative
mile from	relative
northern	relative
southern	relative
eastern	relative
western	relative
along	relative
between	relative
upstream of	relative
downstream of	relative
Province	division
Region	division
Governorate	division
County	division
State	division
District	division
Prefecture	division
Department	division
Oblast	division
Territory	division
local government area	district_after
local government	district_after
LGA	district_after

@lang *

Said	not_alone
Al	not_alone
El	not_alone
Mars	not_alone
Mobile	not_alone
Reading	not_alone
Bath	not_alone
Orange	not_alone
Police	not_alone
Union	not_alone
Victoria	not_alone
Florence	not_alone
Providence	not_alone
Independence	not_alone
Liberty	not_alone
Hope	not_alone
March	not_alone
May	not_alone
August	not_alone
Sale	not_alone
Split	not_alone
Nice	not_alone
Belle	not_alone
Marine	not_alone
General	not_alone
President	not_alone
Christian	not_alone
Muslim	not_alone
Bar	not_alone
Gap	not_alone
Tours	not_alone
Ville	not_alone
