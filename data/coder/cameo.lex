# CAMEO event codes with their PLOVER type and ACLED event type and sub-type ('-' where ACLED
# would not code the event). A code not listed takes the row of its longest listed prefix.
# For 192 (occupy territory) the ACLED sub-type also depends on who acts: the coder turns
# 'Government regains territory' into 'Non-state actor overtakes territory' for a non-state source,
# and 18x/19x attacks on civilians into 'Violence against civilians'.
@kind cameo
@lang *
01	OTHER	-	-
016	REJECT	-	-
02	DEMAND	-	-
03	AGREE	-	-
04	CONSULT	-	-
05	SUPPORT	-	-
057	AGREE	Strategic developments	Agreement
06	COOPERATE	-	-
07	AID	-	-
08	CONCEDE	-	-
0871	CONCEDE	Strategic developments	Agreement
087	RETREAT	-	-
09	INVESTIGATE	-	-
10	DEMAND	-	-
11	DISAPPROVE	-	-
12	REJECT	-	-
13	THREATEN	-	-
14	PROTEST	Protests	Peaceful protest
145	PROTEST	Riots	Violent demonstration
15	MOBILIZE	-	-
16	SANCTION	-	-
17	COERCE	-	-
171	COERCE	Strategic developments	Looting/property destruction
173	COERCE	Strategic developments	Arrests
175	COERCE	Protests	Protest with intervention
18	ASSAULT	Violence against civilians	Attack
1821	ASSAULT	Violence against civilians	Sexual violence
181	ASSAULT	Violence against civilians	Abduction/forced disappearance
183	ASSAULT	Explosions/Remote violence	Remote explosive/landmine/IED
1831	ASSAULT	Explosions/Remote violence	Suicide bomb
19	ASSAULT	Battles	Armed clash
192	ASSAULT	Battles	Government regains territory
194	ASSAULT	Explosions/Remote violence	Shelling/artillery/missile attack
195	ASSAULT	Explosions/Remote violence	Air/drone strike
20	ASSAULT	Violence against civilians	Attack
204	ASSAULT	Explosions/Remote violence	Chemical weapon
