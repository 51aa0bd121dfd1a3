# What an event does to who controls its place (docs/LEXICON.md, kind control). The store builds
# each place's control timeline from these events and from statements of who holds a place (cue
# 'holder' in cues.lex). An event changes control only when it occurred, names its place and the
# place is a settlement, a district or a site; 'withdraw' ends the period of a source that held it.
# A 'gain' whose place is preceded by a 'partial' cue (une partie de, part of) is a partial gain.
@kind control
@lang *
# 192 occupy territory: taking, retaking, liberating, seizing
192	gain
# 190 conventional force (an assault, troops entering a town) and 193 ground fighting leave the
# place contested between the source and who held it
190	contest
193	contest
# Air and artillery strikes, sieges and blockades change nobody's hold on the ground
191	-
194	-
195	-
# 0874 retreat or surrender militarily: the source leaves the place
0874	withdraw
