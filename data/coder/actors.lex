# Named actors with their CAMEO actor codes: phrase, code, name, class.
# Phrases are written without leading articles; matching ignores case and accents and also tries lemmas,
# so only variants that differ otherwise (hyphens, transliterations, acronyms with dots, gender and number) are listed.
# @lang * holds spellings shared by French and English; fr and en hold the rest.
# Deliberately left out because they collide with common words: US, IS (en), UN and EU (fr), EAU, IRA (fr), WHO,
# CAR (Central African Republic), LeT, KIA, PDF, SLA, ANS, SNA, Grenade and Dominique (fr), Maurice (fr), Équateur (fr), Poles.
@kind actors

@lang *

# Countries: ISO 3166 alpha-3 (KSV Kosovo, PSE Palestine, ESH Western Sahara; historical YUG, SCG, USR),
# and a few regions listed so that the longer name (Latin America, Niger Delta) wins over the country in it.
Angola	AGO	Angola	country	-
Botswana	BWA	Botswana	country	-
Burkina	BFA	Burkina Faso	country	-
Burkina Faso	BFA	Burkina Faso	country	-
Burundi	BDI	Burundi	country	-
Cabo Verde	CPV	Cabo Verde	country	-
Congo	COD	Democratic Republic of the Congo	country	-
Congo Kinshasa	COD	Democratic Republic of the Congo	country	-
Congo-Kinshasa	COD	Democratic Republic of the Congo	country	-
Congo Brazzaville	COG	Republic of the Congo	country	-
Congo-Brazzaville	COG	Republic of the Congo	country	-
Cote d'Ivoire	CIV	Côte d'Ivoire	country	-
Côte d'Ivoire	CIV	Côte d'Ivoire	country	-
Djibouti	DJI	Djibouti	country	-
Eswatini	SWZ	Eswatini	country	-
Swaziland	SWZ	Eswatini	country	-
Gabon	GAB	Gabon	country	-
Ghana	GHA	Ghana	country	-
Kenya	KEN	Kenya	country	-
Lesotho	LSO	Lesotho	country	-
Liberia	LBR	Liberia	country	-
Madagascar	MDG	Madagascar	country	-
Malawi	MWI	Malawi	country	-
Mali	MLI	Mali	country	-
Mozambique	MOZ	Mozambique	country	-
Niger	NER	Niger	country	-
Nigeria	NGA	Nigeria	country	-
Rwanda	RWA	Rwanda	country	-
Seychelles	SYC	Seychelles	country	-
Sierra Leone	SLE	Sierra Leone	country	-
Somaliland	SOM	Somalia	country	-
Togo	TGO	Togo	country	-
Zimbabwe	ZWE	Zimbabwe	country	-
Iran	IRN	Iran	country	-
Iraq	IRQ	Iraq	country	-
Oman	OMN	Oman	country	-
Palestine	PSE	Palestine	country	-
Qatar	QAT	Qatar	country	-
Türkiye	TUR	Turkey	country	-
France	FRA	France	country	-
Kosovo	KSV	Kosovo	country	-
Liechtenstein	LIE	Liechtenstein	country	-
Luxembourg	LUX	Luxembourg	country	-
Moldova	MDA	Moldova	country	-
Monaco	MCO	Monaco	country	-
Portugal	PRT	Portugal	country	-
Ukraine	UKR	Ukraine	country	-
Vatican	VAT	Holy See	country	-
Afghanistan	AFG	Afghanistan	country	-
Bangladesh	BGD	Bangladesh	country	-
Brunei	BRN	Brunei	country	-
Kazakhstan	KAZ	Kazakhstan	country	-
Kiribati	KIR	Kiribati	country	-
Laos	LAO	Laos	country	-
Maldives	MDV	Maldives	country	-
Myanmar	MMR	Myanmar	country	-
Nauru	NRU	Nauru	country	-
Pakistan	PAK	Pakistan	country	-
Philippines	PHL	Philippines	country	-
Samoa	WSM	Samoa	country	-
Sri Lanka	LKA	Sri Lanka	country	-
Timor Leste	TLS	Timor-Leste	country	-
Timor-Leste	TLS	Timor-Leste	country	-
Tonga	TON	Tonga	country	-
Tuvalu	TUV	Tuvalu	country	-
Vanuatu	VUT	Vanuatu	country	-
Vietnam	VNM	Vietnam	country	-
Bahamas	BHS	Bahamas	country	-
Belize	BLZ	Belize	country	-
Canada	CAN	Canada	country	-
Costa Rica	CRI	Costa Rica	country	-
Cuba	CUB	Cuba	country	-
El Salvador	SLV	El Salvador	country	-
Guatemala	GTM	Guatemala	country	-
Guyana	GUY	Guyana	country	-
Honduras	HND	Honduras	country	-
Nicaragua	NIC	Nicaragua	country	-
Panama	PAN	Panama	country	-
Paraguay	PRY	Paraguay	country	-
Suriname	SUR	Suriname	country	-
U.S.A.	USA	United States	country	-
USA	USA	United States	country	-
Uruguay	URY	Uruguay	country	-
Venezuela	VEN	Venezuela	country	-

# Demonyms: adjectives and nouns of nationality in every gender and number.
burkinabè	BFA	Burkina Faso	demonym	-
swazi	SWZ	Eswatini	demonym	-
swazis	SWZ	Eswatini	demonym	-
kenyan	KEN	Kenya	demonym	-
kenyans	KEN	Kenya	demonym	-
seychellois	SYC	Seychelles	demonym	-
somali	SOM	Somalia	demonym	-
somalis	SOM	Somalia	demonym	-
qatari	QAT	Qatar	demonym	-
qataris	QAT	Qatar	demonym	-
andorran	AND	Andorra	demonym	-
andorrans	AND	Andorra	demonym	-
kosovar	KSV	Kosovo	demonym	-
kosovars	KSV	Kosovo	demonym	-
afghan	AFG	Afghanistan	demonym	-
afghans	AFG	Afghanistan	demonym	-
bangladeshi	BGD	Bangladesh	demonym	-
bangladeshis	BGD	Bangladesh	demonym	-
kazakh	KAZ	Kazakhstan	demonym	-
kazakhs	KAZ	Kazakhstan	demonym	-
nauruan	NRU	Nauru	demonym	-
nauruans	NRU	Nauru	demonym	-
philippine	PHL	Philippines	demonym	-
samoan	WSM	Samoa	demonym	-
samoans	WSM	Samoa	demonym	-
tuvaluan	TUV	Tuvalu	demonym	-
tuvaluans	TUV	Tuvalu	demonym	-
argentines	ARG	Argentina	demonym	-

# Non-state armed groups, militias and parties.
Da'esh	IMGMUSISI	Islamic State	group	-
Daesh	IMGMUSISI	Islamic State	group	-
Dawla	IMGMUSISI	Islamic State	group	-
ISIL	IMGMUSISI	Islamic State	group	-
ISIS	IMGMUSISI	Islamic State	group	-
ISWA	IMGMUSISI	Islamic State West Africa Province	group	-
ISWAP	IMGMUSISI	Islamic State West Africa Province	group	-
ISGS	IMGMUSISI	Islamic State Sahel Province	group	-
ISSP	IMGMUSISI	Islamic State Sahel Province	group	-
IS-K	IMGMUSISI	Islamic State Khorasan Province	group	-
ISIL-K	IMGMUSISI	Islamic State Khorasan Province	group	-
ISIS Khorasan	IMGMUSISI	Islamic State Khorasan Province	group	-
ISIS-K	IMGMUSISI	Islamic State Khorasan Province	group	-
ISIS-Khorasan	IMGMUSISI	Islamic State Khorasan Province	group	-
ISKP	IMGMUSISI	Islamic State Khorasan Province	group	-
Ansar Beit al Maqdis	IMGMUSISI	Islamic State Sinai Province	group	-
Ansar Beit al-Maqdis	IMGMUSISI	Islamic State Sinai Province	group	-
Wilayat Sinai	IMGMUSISI	Islamic State Sinai Province	group	-
ISCAP	IMGMUSISI	Islamic State Central Africa Province	group	-
al Qa'ida	IMGMUSALQ	al-Qaeda	group	-
al Qaida	IMGMUSALQ	al-Qaeda	group	-
al-Qa'ida	IMGMUSALQ	al-Qaeda	group	-
al-Qaida	IMGMUSALQ	al-Qaeda	group	-
Qaida	IMGMUSALQ	al-Qaeda	group	-
AQIS	IMGMUSALQ	al-Qaeda in the Indian Subcontinent	group	-
Jama'at Nasr al Islam wal Muslimin	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Jama'at Nasr al-Islam wal Muslimin	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Jama'at Nusrat al Islam wa al Muslimin	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Jama'at Nusrat al Islam wal Muslimin	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Jama'at Nusrat al-Islam wa al-Muslimin	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Jama'at Nusrat al-Islam wal-Muslimin	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Jamaat Nasr al Islam wal Muslimin	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Jamaat Nasr al-Islam wal Muslimin	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Jamaat Nusrat al Islam wal Muslimin	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Jamaat Nusrat al-Islam wal-Muslimin	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
JNIM	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Nusrat al Islam	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Nusrat al-Islam	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Ansar ad Din	MLIREB	Ansar Dine	group	-
Ansar ad-Din	MLIREB	Ansar Dine	group	-
Ansar al Din	MLIREB	Ansar Dine	group	-
Ansar al-Din	MLIREB	Ansar Dine	group	-
Ansar Dine	MLIREB	Ansar Dine	group	-
Ansar Eddine	MLIREB	Ansar Dine	group	-
Katiba Macina	MLIREB	Katiba Macina	group	-
Katiba Massina	MLIREB	Katiba Macina	group	-
al Mourabitoun	MLIREB	al-Mourabitoune	group	-
al Mourabitoune	MLIREB	al-Mourabitoune	group	-
al Murabitoun	MLIREB	al-Mourabitoune	group	-
al Murabitun	MLIREB	al-Mourabitoune	group	-
al-Mourabitoun	MLIREB	al-Mourabitoune	group	-
al-Mourabitoune	MLIREB	al-Mourabitoune	group	-
al-Murabitoun	MLIREB	al-Mourabitoune	group	-
al-Murabitun	MLIREB	al-Mourabitoune	group	-
MUJAO	MLIREB	Movement for Oneness and Jihad in West Africa (MUJAO)	group	-
MUJWA	MLIREB	Movement for Oneness and Jihad in West Africa (MUJAO)	group	-
MNLA	MLIREB	National Movement for the Liberation of Azawad	group	-
CMA	MLIREB	Coordination of Azawad Movements	group	-
HCUA	MLIREB	High Council for the Unity of Azawad	group	-
FLA	MLIREB	Azawad Liberation Front	group	-
Dan Na Ambassagou	MLIREB	Dan Na Ambassagou	group	-
Dana Ambassagou	MLIREB	Dan Na Ambassagou	group	-
Ansaroul Islam	BFAREB	Ansarul Islam	group	-
Ansaru al Islam	BFAREB	Ansarul Islam	group	-
Ansaru al-Islam	BFAREB	Ansarul Islam	group	-
Ansarul Islam	BFAREB	Ansarul Islam	group	-
VDP	BFAMIL	Volunteers for the Defence of the Homeland (VDP)	group	-
Boko Haram	NGAREB	Boko Haram	group	-
Jama'atu Ahlis Sunna Lidda'awati wal Jihad	NGAREB	Boko Haram	group	-
Jama'atu Ahlis Sunna Lidda'awati wal-Jihad	NGAREB	Boko Haram	group	-
Jamaatu Ahlis Sunna Lidda'awati wal Jihad	NGAREB	Boko Haram	group	-
Jamaatu Ahlis Sunna Lidda'awati wal-Jihad	NGAREB	Boko Haram	group	-
Ansaru	NGAREB	Ansaru	group	-
IPOB	NGAREB	Indigenous People of Biafra	group	-
ex Seleka	CAFREB	Seleka	group	-
ex Séléka	CAFREB	Seleka	group	-
ex-Seleka	CAFREB	Seleka	group	-
ex-Séléka	CAFREB	Seleka	group	-
Seleka	CAFREB	Seleka	group	-
Séléka	CAFREB	Seleka	group	-
anti balaka	CAFREB	Anti-balaka	group	-
anti balakas	CAFREB	Anti-balaka	group	-
anti-balaka	CAFREB	Anti-balaka	group	-
anti-balakas	CAFREB	Anti-balaka	group	-
antibalaka	CAFREB	Anti-balaka	group	-
3R	CAFREB	Return, Reclamation and Rehabilitation (3R)	group	-
FPRC	CAFREB	Popular Front for the Rebirth of the Central African Republic	group	-
RUF	SLEREB	Revolutionary United Front	group	-
LURD	LBRREB	Liberians United for Reconciliation and Democracy	group	-
NPFL	LBRREB	National Patriotic Front of Liberia	group	-
Polisario	MARREB	Polisario Front	group	-
GIA	DZAREB	Armed Islamic Group (GIA)	group	-
GSPC	DZAREB	Salafist Group for Preaching and Combat	group	-
al Gama'a al Islamiyya	EGYREB	al-Gama'a al-Islamiyya	group	-
al Gamaa al Islamiya	EGYREB	al-Gama'a al-Islamiyya	group	-
al-Gama'a al-Islamiyya	EGYREB	al-Gama'a al-Islamiyya	group	-
al-Gamaa al-Islamiya	EGYREB	al-Gama'a al-Islamiyya	group	-
Gama'a al Islamiyya	EGYREB	al-Gama'a al-Islamiyya	group	-
Gama'a al-Islamiyya	EGYREB	al-Gama'a al-Islamiyya	group	-
Gamaa Islamiya	EGYREB	al-Gama'a al-Islamiyya	group	-
Ansar al Charia	LBYREB	Ansar al-Sharia	group	-
Ansar al Sharia	LBYREB	Ansar al-Sharia	group	-
Ansar al-Charia	LBYREB	Ansar al-Sharia	group	-
Ansar al-Sharia	LBYREB	Ansar al-Sharia	group	-
Ansar Asharia	LBYREB	Ansar al-Sharia	group	-
Fajr Libya	LBYREB	Libya Dawn	group	-
al Shabaab	SOMREB	al-Shabaab	group	-
al Shabab	SOMREB	al-Shabaab	group	-
al-Shabaab	SOMREB	al-Shabaab	group	-
al-Shabab	SOMREB	al-Shabaab	group	-
Harakat al Shabaab al Mujahideen	SOMREB	al-Shabaab	group	-
Harakat al-Shabaab al-Mujahideen	SOMREB	al-Shabaab	group	-
Shabaab	SOMREB	al-Shabaab	group	-
Shabab	SOMREB	al-Shabaab	group	-
Hizb al Islam	SOMREB	Hizbul Islam	group	-
Hizb al-Islam	SOMREB	Hizbul Islam	group	-
Hizbul Islam	SOMREB	Hizbul Islam	group	-
TPLF	ETHREB	Tigray People's Liberation Front	group	-
TDF	ETHREB	Tigray Defence Forces	group	-
Fano	ETHREB	Fano militia	group	-
OLA	ETHREB	Oromo Liberation Army	group	-
OLF	ETHREB	Oromo Liberation Front	group	-
ONLF	ETHREB	Ogaden National Liberation Front	group	-
Janjaweed	SDNREB	Janjaweed	group	-
Janjawid	SDNREB	Janjaweed	group	-
JEM	SDNREB	Justice and Equality Movement	group	-
SLA/M	SDNREB	Sudan Liberation Movement/Army	group	-
SLM	SDNREB	Sudan Liberation Movement/Army	group	-
SPLA-N	SDNREB	Sudan People's Liberation Movement-North	group	-
SPLM-N	SDNREB	Sudan People's Liberation Movement-North	group	-
SPLA	SSDMIL	Sudan People's Liberation Army	group	-
SPLA-IO	SSDREB	SPLM/A in Opposition	group	-
SPLM-IO	SSDREB	SPLM/A in Opposition	group	-
SPLM/A-IO	SSDREB	SPLM/A in Opposition	group	-
M-23	CODREB	March 23 Movement (M23)	group	-
M23	CODREB	March 23 Movement (M23)	group	-
Alliance Fleuve Congo	CODREB	Congo River Alliance (AFC)	group	-
ADF	CODREB	Allied Democratic Forces	group	-
ADF Nalu	CODREB	Allied Democratic Forces	group	-
ADF-Nalu	CODREB	Allied Democratic Forces	group	-
FDLR	RWAREB	Democratic Forces for the Liberation of Rwanda	group	-
Interahamwe	RWAREB	Interahamwe	group	-
CNDP	CODREB	National Congress for the Defence of the People	group	-
Mai Mai	CODREB	Mai-Mai militias	group	-
Maï Maï	CODREB	Mai-Mai militias	group	-
Maï Maïs	CODREB	Mai-Mai militias	group	-
Mai-Mai	CODREB	Mai-Mai militias	group	-
Maï-Maï	CODREB	Mai-Mai militias	group	-
Maï-Maïs	CODREB	Mai-Mai militias	group	-
Mayi Mayi	CODREB	Mai-Mai militias	group	-
Mayi-Mayi	CODREB	Mai-Mai militias	group	-
CODECO	CODREB	CODECO	group	-
Raia Mutomboki	CODREB	Raia Mutomboki	group	-
Raïa Mutomboki	CODREB	Raia Mutomboki	group	-
Nyatura	CODREB	Nyatura	group	-
Twirwaneho	CODREB	Twirwaneho	group	-
AFDL	CODREB	Alliance of Democratic Forces for the Liberation of Congo	group	-
LRA	UGAREB	Lord's Resistance Army	group	-
FNL	BDIREB	National Forces of Liberation (FNL)	group	-
Palipehutu FNL	BDIREB	National Forces of Liberation (FNL)	group	-
Palipehutu-FNL	BDIREB	National Forces of Liberation (FNL)	group	-
RED Tabara	BDIREB	RED-Tabara	group	-
RED-Tabara	BDIREB	RED-Tabara	group	-
Ahlu Sunna Wa Jamo	MOZREB	Ansar al-Sunna (Cabo Delgado insurgents)	group	-
Ahlu Sunna Wa-Jamo	MOZREB	Ansar al-Sunna (Cabo Delgado insurgents)	group	-
Ahlu Sunnah Wa Jama	MOZREB	Ansar al-Sunna (Cabo Delgado insurgents)	group	-
Ahlu Sunnah Wa-Jama	MOZREB	Ansar al-Sunna (Cabo Delgado insurgents)	group	-
Ansar al Sunna	MOZREB	Ansar al-Sunna (Cabo Delgado insurgents)	group	-
Ansar al Sunnah	MOZREB	Ansar al-Sunna (Cabo Delgado insurgents)	group	-
Ansar al-Sunna	MOZREB	Ansar al-Sunna (Cabo Delgado insurgents)	group	-
Ansar al-Sunnah	MOZREB	Ansar al-Sunna (Cabo Delgado insurgents)	group	-
Renamo	MOZREB	Renamo	group	-
UNITA	AGOREB	UNITA	group	-
FLEC	AGOREB	Front for the Liberation of the Enclave of Cabinda	group	-
Hezb Allah	LBNREB	Hezbollah	group	-
Hezbolla	LBNREB	Hezbollah	group	-
Hezbollah	LBNREB	Hezbollah	group	-
Hezbullah	LBNREB	Hezbollah	group	-
Hizb Allah	LBNREB	Hezbollah	group	-
Hizb'allah	LBNREB	Hezbollah	group	-
Hizballah	LBNREB	Hezbollah	group	-
Hizbollah	LBNREB	Hezbollah	group	-
Hizbullah	LBNREB	Hezbollah	group	-
Hamas	PSEREB	Hamas	group	-
Ezzeddine al Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Ezzeddine al-Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Ezzedine al Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Ezzedine al-Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Izz ad Din al Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Izz ad-Din al-Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Izz al Din al Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Izz al-Din al-Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Izzedine al Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Izzedine al-Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Saraya al Quds	PSEREB	Palestinian Islamic Jihad	group	-
Saraya al-Quds	PSEREB	Palestinian Islamic Jihad	group	-
Fatah	PSEGOV	Fatah	group	-
Fateh	PSEGOV	Fatah	group	-
YPG	SYRREB	People's Protection Units (YPG)	group	-
YPJ	SYRREB	People's Protection Units (YPG)	group	-
PYD	SYRREB	Democratic Union Party (PYD)	group	-
Hay'at Tahrir al Sham	SYRREB	Hayat Tahrir al-Sham	group	-
Hay'at Tahrir al-Sham	SYRREB	Hayat Tahrir al-Sham	group	-
Hayat Tahrir al Cham	SYRREB	Hayat Tahrir al-Sham	group	-
Hayat Tahrir al Châm	SYRREB	Hayat Tahrir al-Sham	group	-
Hayat Tahrir al Sham	SYRREB	Hayat Tahrir al-Sham	group	-
Hayat Tahrir al-Cham	SYRREB	Hayat Tahrir al-Sham	group	-
Hayat Tahrir al-Châm	SYRREB	Hayat Tahrir al-Sham	group	-
Hayat Tahrir al-Sham	SYRREB	Hayat Tahrir al-Sham	group	-
Hayet Tahrir al Cham	SYRREB	Hayat Tahrir al-Sham	group	-
Hayet Tahrir al-Cham	SYRREB	Hayat Tahrir al-Sham	group	-
HTS	SYRREB	Hayat Tahrir al-Sham	group	-
Tahrir al Cham	SYRREB	Hayat Tahrir al-Sham	group	-
Tahrir al Sham	SYRREB	Hayat Tahrir al-Sham	group	-
Tahrir al-Cham	SYRREB	Hayat Tahrir al-Sham	group	-
Tahrir al-Sham	SYRREB	Hayat Tahrir al-Sham	group	-
al Nosra	SYRREB	al-Nusra Front	group	-
al Nusra	SYRREB	al-Nusra Front	group	-
al-Nosra	SYRREB	al-Nusra Front	group	-
al-Nusra	SYRREB	al-Nusra Front	group	-
Fatah al Cham	SYRREB	al-Nusra Front	group	-
Fatah al Sham	SYRREB	al-Nusra Front	group	-
Fatah al-Cham	SYRREB	al-Nusra Front	group	-
Fatah al-Sham	SYRREB	al-Nusra Front	group	-
Fateh al Cham	SYRREB	al-Nusra Front	group	-
Fateh al Sham	SYRREB	al-Nusra Front	group	-
Fateh al-Cham	SYRREB	al-Nusra Front	group	-
Fateh al-Sham	SYRREB	al-Nusra Front	group	-
Jabhat al Nosra	SYRREB	al-Nusra Front	group	-
Jabhat al Nusra	SYRREB	al-Nusra Front	group	-
Jabhat al-Nosra	SYRREB	al-Nusra Front	group	-
Jabhat al-Nusra	SYRREB	al-Nusra Front	group	-
Jabhat Fatah al Cham	SYRREB	al-Nusra Front	group	-
Jabhat Fatah al Sham	SYRREB	al-Nusra Front	group	-
Jabhat Fatah al-Cham	SYRREB	al-Nusra Front	group	-
Jabhat Fatah al-Sham	SYRREB	al-Nusra Front	group	-
Jabhat Fateh al Cham	SYRREB	al-Nusra Front	group	-
Jabhat Fateh al Sham	SYRREB	al-Nusra Front	group	-
Jabhat Fateh al-Cham	SYRREB	al-Nusra Front	group	-
Jabhat Fateh al-Sham	SYRREB	al-Nusra Front	group	-
Nosra	SYRREB	al-Nusra Front	group	-
Nusra	SYRREB	al-Nusra Front	group	-
Ahrar al Cham	SYRREB	Ahrar al-Sham	group	-
Ahrar al Châm	SYRREB	Ahrar al-Sham	group	-
Ahrar al Sham	SYRREB	Ahrar al-Sham	group	-
Ahrar al-Cham	SYRREB	Ahrar al-Sham	group	-
Ahrar al-Châm	SYRREB	Ahrar al-Sham	group	-
Ahrar al-Sham	SYRREB	Ahrar al-Sham	group	-
Harakat Ahrar al Sham	SYRREB	Ahrar al-Sham	group	-
Harakat Ahrar al-Sham	SYRREB	Ahrar al-Sham	group	-
Jaish al Islam	SYRREB	Jaysh al-Islam	group	-
Jaish al-Islam	SYRREB	Jaysh al-Islam	group	-
Jaych al Islam	SYRREB	Jaysh al-Islam	group	-
Jaych al-Islam	SYRREB	Jaysh al-Islam	group	-
Jaysh al Islam	SYRREB	Jaysh al-Islam	group	-
Jaysh al-Islam	SYRREB	Jaysh al-Islam	group	-
Houras al Din	SYRREB	Hurras al-Din	group	-
Houras al-Din	SYRREB	Hurras al-Din	group	-
Hourras al Din	SYRREB	Hurras al-Din	group	-
Hourras al-Din	SYRREB	Hurras al-Din	group	-
Hurras ad Din	SYRREB	Hurras al-Din	group	-
Hurras ad-Din	SYRREB	Hurras al-Din	group	-
Hurras al Din	SYRREB	Hurras al-Din	group	-
Hurras al-Din	SYRREB	Hurras al-Din	group	-
shabbiha	SYRMIL	Shabiha (pro-government militia)	group	-
shabiha	SYRMIL	Shabiha (pro-government militia)	group	-
al Hachd	IRQMIL	Popular Mobilization Forces	group	-
al Hachd al Chaabi	IRQMIL	Popular Mobilization Forces	group	-
al Hashd	IRQMIL	Popular Mobilization Forces	group	-
al Hashd al Shaabi	IRQMIL	Popular Mobilization Forces	group	-
al-Hachd	IRQMIL	Popular Mobilization Forces	group	-
al-Hachd al-Chaabi	IRQMIL	Popular Mobilization Forces	group	-
al-Hashd	IRQMIL	Popular Mobilization Forces	group	-
al-Hashd al-Shaabi	IRQMIL	Popular Mobilization Forces	group	-
Hachd	IRQMIL	Popular Mobilization Forces	group	-
Hachd al Chaabi	IRQMIL	Popular Mobilization Forces	group	-
Hachd al-Chaabi	IRQMIL	Popular Mobilization Forces	group	-
Hached al Chaabi	IRQMIL	Popular Mobilization Forces	group	-
Hached al-Chaabi	IRQMIL	Popular Mobilization Forces	group	-
Hashd	IRQMIL	Popular Mobilization Forces	group	-
Hashd al Shaabi	IRQMIL	Popular Mobilization Forces	group	-
Hashd al-Shaabi	IRQMIL	Popular Mobilization Forces	group	-
Hashed al Shaabi	IRQMIL	Popular Mobilization Forces	group	-
Hashed al-Shaabi	IRQMIL	Popular Mobilization Forces	group	-
Kata'ib Hezbollah	IRQMIL	Kata'ib Hezbollah	group	-
Kata'ib Hizballah	IRQMIL	Kata'ib Hezbollah	group	-
Kataeb Hezbollah	IRQMIL	Kata'ib Hezbollah	group	-
Kataëb Hezbollah	IRQMIL	Kata'ib Hezbollah	group	-
Kataib Hezbollah	IRQMIL	Kata'ib Hezbollah	group	-
Kataib Hizbollah	IRQMIL	Kata'ib Hezbollah	group	-
Asa'ib Ahl al Haq	IRQMIL	Asa'ib Ahl al-Haq	group	-
Asa'ib Ahl al-Haq	IRQMIL	Asa'ib Ahl al-Haq	group	-
Asaib Ahl al Haq	IRQMIL	Asa'ib Ahl al-Haq	group	-
Asaïb Ahl al Haq	IRQMIL	Asa'ib Ahl al-Haq	group	-
Asaib Ahl al-Haq	IRQMIL	Asa'ib Ahl al-Haq	group	-
Asaïb Ahl al-Haq	IRQMIL	Asa'ib Ahl al-Haq	group	-
Assaib Ahl al Haq	IRQMIL	Asa'ib Ahl al-Haq	group	-
Assaïb Ahl al Haq	IRQMIL	Asa'ib Ahl al-Haq	group	-
Assaib Ahl al-Haq	IRQMIL	Asa'ib Ahl al-Haq	group	-
Assaïb Ahl al-Haq	IRQMIL	Asa'ib Ahl al-Haq	group	-
al Nujaba	IRQMIL	Harakat al-Nujaba	group	-
al-Nujaba	IRQMIL	Harakat al-Nujaba	group	-
Harakat al Nujaba	IRQMIL	Harakat al-Nujaba	group	-
Harakat al-Nujaba	IRQMIL	Harakat al-Nujaba	group	-
Harakat Hezbollah al Nujaba	IRQMIL	Harakat al-Nujaba	group	-
Harakat Hezbollah al-Nujaba	IRQMIL	Harakat al-Nujaba	group	-
Nujaba	IRQMIL	Harakat al-Nujaba	group	-
Pechmerga	IRQMIL	Peshmerga	group	-
Pechmergas	IRQMIL	Peshmerga	group	-
Peshmerga	IRQMIL	Peshmerga	group	-
Peshmergas	IRQMIL	Peshmerga	group	-
Jaish al Mahdi	IRQREB	Mahdi Army	group	-
Jaish al-Mahdi	IRQREB	Mahdi Army	group	-
Jaysh al Mahdi	IRQREB	Mahdi Army	group	-
Jaysh al-Mahdi	IRQREB	Mahdi Army	group	-
Ansar al Islam	IRQREB	Ansar al-Islam	group	-
Ansar al-Islam	IRQREB	Ansar al-Islam	group	-
Ansar Allah	YEMREB	Houthis (Ansar Allah)	group	-
Ansarullah	YEMREB	Houthis (Ansar Allah)	group	-
Houthi	YEMREB	Houthis (Ansar Allah)	group	-
Houthis	YEMREB	Houthis (Ansar Allah)	group	-
Huthi	YEMREB	Houthis (Ansar Allah)	group	-
Huthis	YEMREB	Houthis (Ansar Allah)	group	-
PKK	TURREB	Kurdistan Workers' Party (PKK)	group	-
DHKP-C	TURREB	Revolutionary People's Liberation Party-Front	group	-
MEK	IRNREB	People's Mujahedin of Iran (MEK)	group	-
MKO	IRNREB	People's Mujahedin of Iran (MEK)	group	-
Jaish al Adal	IRNREB	Jaish al-Adl	group	-
Jaish al Adl	IRNREB	Jaish al-Adl	group	-
Jaish al-Adal	IRNREB	Jaish al-Adl	group	-
Jaish al-Adl	IRNREB	Jaish al-Adl	group	-
Jaish ul Adl	IRNREB	Jaish al-Adl	group	-
Jaish ul-Adl	IRNREB	Jaish al-Adl	group	-
Jaych al Adl	IRNREB	Jaish al-Adl	group	-
Jaych al-Adl	IRNREB	Jaish al-Adl	group	-
Taleban	AFGREB	Taliban	group	-
Taliban	AFGREB	Taliban	group	-
talibans	AFGREB	Taliban	group	-
Haqqani	AFGREB	Haqqani network	group	-
Hezb e Islami	AFGREB	Hezb-e-Islami	group	-
Hezb i Islami	AFGREB	Hezb-e-Islami	group	-
Hezb-e-Islami	AFGREB	Hezb-e-Islami	group	-
Hezb-i-Islami	AFGREB	Hezb-e-Islami	group	-
Hizb e Islami	AFGREB	Hezb-e-Islami	group	-
Hizb i Islami	AFGREB	Hezb-e-Islami	group	-
Hizb-e-Islami	AFGREB	Hezb-e-Islami	group	-
Hizb-i-Islami	AFGREB	Hezb-e-Islami	group	-
Tehreek e Taliban Pakistan	PAKREB	Tehrik-e-Taliban Pakistan	group	-
Tehreek-e-Taliban Pakistan	PAKREB	Tehrik-e-Taliban Pakistan	group	-
Tehrik e Taliban	PAKREB	Tehrik-e-Taliban Pakistan	group	-
Tehrik e Taliban Pakistan	PAKREB	Tehrik-e-Taliban Pakistan	group	-
Tehrik i Taliban Pakistan	PAKREB	Tehrik-e-Taliban Pakistan	group	-
Tehrik-e-Taliban	PAKREB	Tehrik-e-Taliban Pakistan	group	-
Tehrik-e-Taliban Pakistan	PAKREB	Tehrik-e-Taliban Pakistan	group	-
Tehrik-i-Taliban Pakistan	PAKREB	Tehrik-e-Taliban Pakistan	group	-
TTP	PAKREB	Tehrik-e-Taliban Pakistan	group	-
Lashkar e Taiba	PAKREB	Lashkar-e-Taiba	group	-
Lashkar e Taïba	PAKREB	Lashkar-e-Taiba	group	-
Lashkar e Tayyiba	PAKREB	Lashkar-e-Taiba	group	-
Lashkar e Toiba	PAKREB	Lashkar-e-Taiba	group	-
Lashkar i Taiba	PAKREB	Lashkar-e-Taiba	group	-
Lashkar-e-Taiba	PAKREB	Lashkar-e-Taiba	group	-
Lashkar-e-Taïba	PAKREB	Lashkar-e-Taiba	group	-
Lashkar-e-Tayyiba	PAKREB	Lashkar-e-Taiba	group	-
Lashkar-e-Toiba	PAKREB	Lashkar-e-Taiba	group	-
Lashkar-i-Taiba	PAKREB	Lashkar-e-Taiba	group	-
Jaish e Mohammad	PAKREB	Jaish-e-Mohammed	group	-
Jaish e Mohammed	PAKREB	Jaish-e-Mohammed	group	-
Jaish e Muhammad	PAKREB	Jaish-e-Mohammed	group	-
Jaish-e-Mohammad	PAKREB	Jaish-e-Mohammed	group	-
Jaish-e-Mohammed	PAKREB	Jaish-e-Mohammed	group	-
Jaish-e-Muhammad	PAKREB	Jaish-e-Mohammed	group	-
Hizb ul Mujahideen	INDREB	Hizbul Mujahideen	group	-
Hizb-ul-Mujahideen	INDREB	Hizbul Mujahideen	group	-
Hizbul Moudjahidin	INDREB	Hizbul Mujahideen	group	-
Hizbul Mujahideen	INDREB	Hizbul Mujahideen	group	-
Naxalite	INDREB	Naxalite insurgents	group	-
Naxalites	INDREB	Naxalite insurgents	group	-
LTTE	LKAREB	Liberation Tigers of Tamil Eelam	group	-
Abu Sayyaf	PHLREB	Abu Sayyaf	group	-
MILF	PHLREB	Moro Islamic Liberation Front	group	-
Maute	PHLREB	Maute group	group	-
Jemaa Islamiya	IDNREB	Jemaah Islamiyah	group	-
Jemaah Islamiah	IDNREB	Jemaah Islamiyah	group	-
Jemaah Islamiyah	IDNREB	Jemaah Islamiyah	group	-
GAM	IDNREB	Free Aceh Movement	group	-
Barisan Revolusi Nasional	THAREB	Barisan Revolusi Nasional	group	-
BRN	THAREB	Barisan Revolusi Nasional	group	-
KNLA	MMRREB	Karen National Union	group	-
KNU	MMRREB	Karen National Union	group	-
TNLA	MMRREB	Ta'ang National Liberation Army	group	-
MNDAA	MMRREB	Myanmar National Democratic Alliance Army	group	-
UWSA	MMRREB	United Wa State Army	group	-
ARSA	MMRREB	Arakan Rohingya Salvation Army	group	-
NUG	MMROPP	National Unity Government of Myanmar	group	-
FARC	COLREB	Revolutionary Armed Forces of Colombia (FARC)	group	-
FARC-EP	COLREB	Revolutionary Armed Forces of Colombia (FARC)	group	-
Fuerzas Armadas Revolucionarias de Colombia	COLREB	Revolutionary Armed Forces of Colombia (FARC)	group	-
Ejército de Liberación Nacional	COLREB	National Liberation Army (ELN)	group	-
ELN	COLREB	National Liberation Army (ELN)	group	-
AUC	COLREB	United Self-Defense Forces of Colombia	group	-
Autodefensas Unidas de Colombia	COLREB	United Self-Defense Forces of Colombia	group	-
Autodefensas Gaitanistas de Colombia	COLCRM	Gulf Clan	group	-
Clan del Golfo	COLCRM	Gulf Clan	group	-
Sendero Luminoso	PERREB	Shining Path	group	-
MRTA	PERREB	Tupac Amaru Revolutionary Movement	group	-
EZLN	MEXREB	Zapatista Army of National Liberation	group	-
Cártel de Jalisco Nueva Generación	MEXCRM	Jalisco New Generation Cartel	group	-
CJNG	MEXCRM	Jalisco New Generation Cartel	group	-
Viv Ansanm	HTICRM	Viv Ansanm gang coalition	group	-
Africa Corps	RUSMIL	Wagner Group	group	-
Wagner	RUSMIL	Wagner Group	group	-
UCK	SRBREB	Kosovo Liberation Army	group	-
UÇK	SRBREB	Kosovo Liberation Army	group	-
ETA	ESPREB	ETA	group	-
Euskadi Ta Askatasuna	ESPREB	ETA	group	-
New IRA	GBRREB	Irish Republican Army	group	-
Real IRA	GBRREB	Irish Republican Army	group	-

# Named state forces and agencies.
Tsahal	ISRMIL	Israel Defense Forces	government	-
Mossad	ISRSPY	Israeli intelligence	government	-
Shabak	ISRSPY	Israeli intelligence	government	-
Shin Bet	ISRSPY	Israeli intelligence	government	-
Tatmadaw	MMRMIL	Myanmar armed forces (Tatmadaw)	government	-
FARDC	CODMIL	Armed Forces of the DR Congo (FARDC)	government	-
FAMa	MLIMIL	Malian Armed Forces (FAMa)	government	-
SSPDF	SSDMIL	South Sudan People's Defence Forces	government	-
ENDF	ETHMIL	Ethiopian National Defense Force	government	-
RDF	RWAMIL	Rwanda Defence Force	government	-
UPDF	UGAMIL	Uganda People's Defence Force	government	-
FACA	CAFMIL	Central African Armed Forces	government	-
Pasdaran	IRNMIL	Islamic Revolutionary Guard Corps	government	-
pasdarans	IRNMIL	Islamic Revolutionary Guard Corps	government	-
Basij	IRNMIL	Basij	government	-
Basiji	IRNMIL	Basij	government	-
Bassidj	IRNMIL	Basij	government	-
Bassij	IRNMIL	Basij	government	-
CIA	USASPY	Central Intelligence Agency	government	-
FSB	RUSSPY	Russian intelligence	government	-
GRU	RUSSPY	Russian intelligence	government	-
SVR	RUSSPY	Russian intelligence	government	-
DGSE	FRASPY	French foreign intelligence (DGSE)	government	-
Barkhane	FRAMIL	Operation Barkhane (French forces)	government	-
Sangaris	FRAMIL	Operation Sangaris (French forces)	government	-
GNA	LBYGOV	Government of National Accord (Libya)	government	-

# International organisations (IGO...) and non-governmental organisations (NGO...).
OCHA	IGOUNO	United Nations	org	-
UNAMA	IGOUNO	United Nations	org	-
UNAMI	IGOUNO	United Nations	org	-
UNDP	IGOUNO	United Nations	org	-
UNESCO	IGOUNO	United Nations	org	-
UNRWA	IGOUNO	United Nations	org	-
UNSMIL	IGOUNO	United Nations	org	-
OHCHR	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
UNHCR	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
UNICEF	IGOUNOKID	UNICEF	org	-
WFP	IGOUNOWFP	World Food Programme	org	-
FAO	IGOUNOAGRFAO	Food and Agriculture Organization	org	-
ICTR	IGOUNOJUDWCT	International war crimes tribunals (ICTY, ICTR)	org	-
ICTY	IGOUNOJUDWCT	International war crimes tribunals (ICTY, ICTR)	org	-
MINURSO	IGOUNOPKO	UN peacekeepers	org	-
MINUSCA	IGOUNOPKO	UN peacekeepers	org	-
MINUSMA	IGOUNOPKO	UN peacekeepers	org	-
MINUSTAH	IGOUNOPKO	UN peacekeepers	org	-
MONUC	IGOUNOPKO	UN peacekeepers	org	-
MONUSCO	IGOUNOPKO	UN peacekeepers	org	-
UNAMID	IGOUNOPKO	UN peacekeepers	org	-
UNAMIR	IGOUNOPKO	UN peacekeepers	org	-
UNAMSIL	IGOUNOPKO	UN peacekeepers	org	-
UNDOF	IGOUNOPKO	UN peacekeepers	org	-
UNFICYP	IGOUNOPKO	UN peacekeepers	org	-
UNIFIL	IGOUNOPKO	UN peacekeepers	org	-
UNISFA	IGOUNOPKO	UN peacekeepers	org	-
UNMIK	IGOUNOPKO	UN peacekeepers	org	-
UNMIL	IGOUNOPKO	UN peacekeepers	org	-
UNMISS	IGOUNOPKO	UN peacekeepers	org	-
UNOCI	IGOUNOPKO	UN peacekeepers	org	-
UNPROFOR	IGOUNOPKO	UN peacekeepers	org	-
ISAF	IGOWSTNAT	NATO	org	-
KFOR	IGOWSTNAT	NATO	org	-
EUFOR	IGOEUREEC	European Union	org	-
EUNAVFOR	IGOEUREEC	European Union	org	-
EUTM	IGOEUREEC	European Union	org	-
OSCE	IGOEURSCE	OSCE	org	-
AMISOM	IGOAFRAFU	African Union	org	-
ATMIS	IGOAFRAFU	African Union	org	-
AUSSOM	IGOAFRAFU	African Union	org	-
ECOMOG	IGOWAFWAS	ECOWAS	org	-
G5 Sahel	IGOWAF	G5 Sahel	org	-
G5-Sahel	IGOWAF	G5 Sahel	org	-
IGAD	IGOEAFDEVIAD	IGAD	org	-
SADC	IGOSAFDEVSAD	Southern African Development Community	org	-
SAMIDRC	IGOSAFDEVSAD	Southern African Development Community	org	-
EAC	IGOEAFEAC	East African Community	org	-
EACRF	IGOEAFEAC	East African Community	org	-
ASEAN	IGOSEAASN	ASEAN	org	-
Interpol	IGOCOPITP	Interpol	org	-
Medecins Sans Frontieres	NGOHLHMSF	Médecins Sans Frontières	org	-
Médecins sans frontières	NGOHLHMSF	Médecins Sans Frontières	org	-
MSF	NGOHLHMSF	Médecins Sans Frontières	org	-
Amnesty International	NGOHRIAMN	Amnesty International	org	-
HRW	NGOHRIHRW	Human Rights Watch	org	-
Human Rights Watch	NGOHRIHRW	Human Rights Watch	org	-
FIDH	NGOHRIFID	International Federation for Human Rights	org	-
Crisis Group	NGOICG	International Crisis Group	org	-
International Crisis Group	NGOICG	International Crisis Group	org	-
Oxfam	NGOXFM	Oxfam	org	-
Handicap International	NGO	Humanitarian NGOs	org	-
Save the Children	NGO	Humanitarian NGOs	org	-

# Capitals and seats standing for a government.
Washington	USAGOV	U.S. government	government	-
Kremlin	RUSGOV	Russian government	government	-
Paris	FRAGOV	French government	government	-
Downing Street	GBRGOV	British government	government	-
Foreign Office	GBRGOV	British government	government	-
Berlin	DEUGOV	German government	government	-
Kinshasa	CODGOV	DR Congo government	government	-
Kigali	RWAGOV	Rwandan government	government	-
Kampala	UGAGOV	Ugandan government	government	-
Bujumbura	BDIGOV	Burundian government	government	-
Gitega	BDIGOV	Burundian government	government	-
Bamako	MLIGOV	Malian government	government	-
Koulouba	MLIGOV	Malian government	government	-
Ouaga	BFAGOV	Burkinabe government	government	-
Ouagadougou	BFAGOV	Burkinabe government	government	-
Niamey	NERGOV	Nigerien government	government	-
N'Djamena	TCDGOV	Chadian government	government	-
Abuja	NGAGOV	Nigerian government	government	-
Bangui	CAFGOV	Central African government	government	-
Nouakchott	MRTGOV	Mauritanian government	government	-
Dakar	SENGOV	Senegalese government	government	-
Rabat	MARGOV	Moroccan government	government	-
Tunis	TUNGOV	Tunisian government	government	-
Khartoum	SDNGOV	Sudanese government	government	-
Juba	SSDGOV	South Sudanese government	government	-
Addis Ababa	ETHGOV	Ethiopian government	government	-
Asmara	ERIGOV	Eritrean government	government	-
Nairobi	KENGOV	Kenyan government	government	-
Maputo	MOZGOV	Mozambican government	government	-
Kiev	UKRGOV	Ukrainian government	government	-
Kyiv	UKRGOV	Ukrainian government	government	-
Ankara	TURGOV	Turkish government	government	-
Abu Dhabi	AREGOV	Emirati government	government	-
Doha	QATGOV	Qatari government	government	-
Amman	JORGOV	Jordanian government	government	-
Islamabad	PAKGOV	Pakistani government	government	-
New Delhi	INDGOV	Indian government	government	-
Pyongyang	PRKGOV	North Korean government	government	-
Tokyo	JPNGOV	Japanese government	government	-
Taipei	TWNGOV	Taiwanese government	government	-
Nay Pyi Taw	MMRGOV	Myanmar government	government	-
Naypyidaw	MMRGOV	Myanmar government	government	-
Naypyitaw	MMRGOV	Myanmar government	government	-
Bogota	COLGOV	Colombian government	government	-
Bogotá	COLGOV	Colombian government	government	-
Caracas	VENGOV	Venezuelan government	government	-
Miraflores	VENGOV	Venezuelan government	government	-
Ottawa	CANGOV	Canadian government	government	-

# Persons whose role fixes the code.
Hafez al Assad	SYRGOV	Hafez al-Assad	person	1971-03-12..2000-06-10
Hafez al-Assad	SYRGOV	Hafez al-Assad	person	1971-03-12..2000-06-10
Lavrov	RUSGOV	Sergei Lavrov	person	-
Medvedev	RUSGOV	Dmitry Medvedev	person	-
Kadyrov	RUSGOV	Ramzan Kadyrov	person	-
Ramzan Kadyrov	RUSGOV	Ramzan Kadyrov	person	-
Volodymyr Zelenski	UKRGOV	Volodymyr Zelensky	person	2019-05-20..
Volodymyr Zelensky	UKRGOV	Volodymyr Zelensky	person	2019-05-20..
Zelenski	UKRGOV	Volodymyr Zelensky	person	2019-05-20..
Zelensky	UKRGOV	Volodymyr Zelensky	person	2019-05-20..
Ehud Olmert	ISRGOV	Ehud Olmert	person	-
Olmert	ISRGOV	Ehud Olmert	person	-
Ariel Sharon	ISRGOV	Ariel Sharon	person	-
Yoav Gallant	ISRGOV	Yoav Gallant	person	-
Erdogan	TURGOV	Recep Tayyip Erdogan	person	2003-03-14..
Erdoğan	TURGOV	Recep Tayyip Erdogan	person	2003-03-14..
Recep Tayyip Erdogan	TURGOV	Recep Tayyip Erdogan	person	2003-03-14..
Recep Tayyip Erdoğan	TURGOV	Recep Tayyip Erdogan	person	2003-03-14..
al Baghdadi	IMGMUSISI	Abu Bakr al-Baghdadi	person	-
al-Baghdadi	IMGMUSISI	Abu Bakr al-Baghdadi	person	-
Baghdadi	IMGMUSISI	Abu Bakr al-Baghdadi	person	-
Hassan Nasrallah	LBNREB	Hassan Nasrallah	person	-
Nasrallah	LBNREB	Hassan Nasrallah	person	-
Naim Qassem	LBNREB	Naim Qassem	person	-
Naïm Qassem	LBNREB	Naim Qassem	person	-
Haftar	LBYMIL	Khalifa Haftar	person	-
Hafter	LBYMIL	Khalifa Haftar	person	-
Khalifa Haftar	LBYMIL	Khalifa Haftar	person	-
Khalifa Hafter	LBYMIL	Khalifa Haftar	person	-
Assimi Goita	MLIGOV	Assimi Goïta	person	2020-08-18..
Assimi Goïta	MLIGOV	Assimi Goïta	person	2020-08-18..
Goita	MLIGOV	Assimi Goïta	person	2020-08-18..
Goïta	MLIGOV	Assimi Goïta	person	2020-08-18..
IBK	MLIGOV	Ibrahim Boubacar Keïta	person	-
Ibrahim Boubacar Keita	MLIGOV	Ibrahim Boubacar Keïta	person	-
Ibrahim Boubacar Keïta	MLIGOV	Ibrahim Boubacar Keïta	person	-
Félix Antoine Tshisekedi	CODGOV	Félix Tshisekedi	person	2019-01-24..
Felix Tshisekedi	CODGOV	Félix Tshisekedi	person	2019-01-24..
Félix Tshisekedi	CODGOV	Félix Tshisekedi	person	2019-01-24..
Félix-Antoine Tshisekedi	CODGOV	Félix Tshisekedi	person	2019-01-24..
Tshisekedi	CODGOV	Félix Tshisekedi	person	2019-01-24..
Joseph Kabila	CODGOV	Joseph Kabila	person	2001-01-26..2019-01-24
Laurent Désiré Kabila	CODGOV	Laurent-Désiré Kabila	person	1997-05-17..2001-01-16
Laurent Kabila	CODGOV	Laurent-Désiré Kabila	person	1997-05-17..2001-01-16
Laurent-Désiré Kabila	CODGOV	Laurent-Désiré Kabila	person	1997-05-17..2001-01-16
Kagame	RWAGOV	Paul Kagame	person	2000-03-24..
Paul Kagame	RWAGOV	Paul Kagame	person	2000-03-24..
Museveni	UGAGOV	Yoweri Museveni	person	1986-01-29..
Yoweri Museveni	UGAGOV	Yoweri Museveni	person	1986-01-29..
Ben Laden	IMGMUSALQ	Osama bin Laden	person	-
Bin Laden	IMGMUSALQ	Osama bin Laden	person	-
al Zawahiri	IMGMUSALQ	Ayman al-Zawahiri	person	-
al-Zawahiri	IMGMUSALQ	Ayman al-Zawahiri	person	-
Ayman al Zawahiri	IMGMUSALQ	Ayman al-Zawahiri	person	-
Ayman al Zawahri	IMGMUSALQ	Ayman al-Zawahiri	person	-
Ayman al-Zawahiri	IMGMUSALQ	Ayman al-Zawahiri	person	-
Ayman al-Zawahri	IMGMUSALQ	Ayman al-Zawahiri	person	-
Zawahiri	IMGMUSALQ	Ayman al-Zawahiri	person	-
Abdelmalek Droukdal	IMGMUSAQM	Abdelmalek Droukdel	person	-
Abdelmalek Droukdel	IMGMUSAQM	Abdelmalek Droukdel	person	-
Droukdal	IMGMUSAQM	Abdelmalek Droukdel	person	-
Droukdel	IMGMUSAQM	Abdelmalek Droukdel	person	-
Ag Ghali	MLIREB	Iyad Ag Ghaly	person	-
Ag Ghaly	MLIREB	Iyad Ag Ghaly	person	-
Iyad Ag Ghali	MLIREB	Iyad Ag Ghaly	person	-
Iyad Ag Ghaly	MLIREB	Iyad Ag Ghaly	person	-
Amadou Koufa	MLIREB	Amadou Koufa	person	-
Amadou Kouffa	MLIREB	Amadou Koufa	person	-
Koufa	MLIREB	Amadou Koufa	person	-
Belmokhtar	MLIREB	Mokhtar Belmokhtar	person	-
Mokhtar Belmokhtar	MLIREB	Mokhtar Belmokhtar	person	-
Abubakar Shekau	NGAREB	Abubakar Shekau	person	-
Shekau	NGAREB	Abubakar Shekau	person	-
Ali Khamenei	IRNGOV	Ali Khamenei	person	-
Khamenei	IRNGOV	Ali Khamenei	person	-
Ebrahim Raisi	IRNGOV	Ebrahim Raisi	person	-
Raisi	IRNGOV	Ebrahim Raisi	person	-
Hassan Rohani	IRNGOV	Hassan Rouhani	person	-
Hassan Rouhani	IRNGOV	Hassan Rouhani	person	-
Rohani	IRNGOV	Hassan Rouhani	person	-
Rouhani	IRNGOV	Hassan Rouhani	person	-
Pezeshkian	IRNGOV	Masoud Pezeshkian	person	-
Ahmadinejad	IRNGOV	Mahmoud Ahmadinejad	person	-
Mahmoud Ahmadinejad	IRNGOV	Mahmoud Ahmadinejad	person	-
Qasem Soleimani	IRNMIL	Qassem Soleimani	person	-
Qassem Soleimani	IRNMIL	Qassem Soleimani	person	-
Soleimani	IRNMIL	Qassem Soleimani	person	-
Kim Jong un	PRKGOV	Kim Jong-un	person	-
Kim Jong-un	PRKGOV	Kim Jong-un	person	-
Kim Jong il	PRKGOV	Kim Jong-il	person	-
Kim Jong-il	PRKGOV	Kim Jong-il	person	-
Xi Jinping	CHNGOV	Xi Jinping	person	-
Mohamed Morsi	EGYGOV	Mohamed Morsi	person	-
Morsi	EGYGOV	Mohamed Morsi	person	-
MBS	SAUGOV	Mohammed bin Salman	person	-
Dagalo	SDNREB	Mohamed Hamdan Dagalo (Hemedti)	person	-
Daglo	SDNREB	Mohamed Hamdan Dagalo (Hemedti)	person	-
Hemedti	SDNREB	Mohamed Hamdan Dagalo (Hemedti)	person	-
Hemetti	SDNREB	Mohamed Hamdan Dagalo (Hemedti)	person	-
Mohamed Hamdan Dagalo	SDNREB	Mohamed Hamdan Dagalo (Hemedti)	person	-
Mohamed Hamdan Daglo	SDNREB	Mohamed Hamdan Dagalo (Hemedti)	person	-
Abiy	ETHGOV	Abiy Ahmed	person	-
Abiy Ahmed	ETHGOV	Abiy Ahmed	person	-
Abiy Ahmed Ali	ETHGOV	Abiy Ahmed	person	-
Debretsion	ETHREB	Debretsion Gebremichael	person	-
Debretsion Gebremichael	ETHREB	Debretsion Gebremichael	person	-
Ibrahim Traore	BFAGOV	Ibrahim Traoré	person	-
Ibrahim Traoré	BFAGOV	Ibrahim Traoré	person	-
Blaise Compaore	BFAGOV	Blaise Compaoré	person	-
Blaise Compaoré	BFAGOV	Blaise Compaoré	person	-
Abdourahamane Tchiani	NERGOV	Abdourahamane Tiani	person	-
Abdourahamane Tiani	NERGOV	Abdourahamane Tiani	person	-
Abdourahmane Tchiani	NERGOV	Abdourahamane Tiani	person	-
Abdourahmane Tiani	NERGOV	Abdourahamane Tiani	person	-
Tchiani	NERGOV	Abdourahamane Tiani	person	-
Tiani	NERGOV	Abdourahamane Tiani	person	-
Déby	TCDGOV	Mahamat Idriss Déby	person	2021-04-20..
Mahamat Déby	TCDGOV	Mahamat Idriss Déby	person	2021-04-20..
Mahamat Idriss Déby	TCDGOV	Mahamat Idriss Déby	person	2021-04-20..
Mahamat Idriss Déby Itno	TCDGOV	Mahamat Idriss Déby	person	2021-04-20..
Idriss Déby	TCDGOV	Idriss Déby	person	1990-12-02..2021-04-20
Idriss Déby Itno	TCDGOV	Idriss Déby	person	1990-12-02..2021-04-20
Salva Kiir	SSDGOV	Salva Kiir	person	-
Salva Kiir Mayardit	SSDGOV	Salva Kiir	person	-
Joseph Kony	UGAREB	Joseph Kony	person	-
Kony	UGAREB	Joseph Kony	person	-
Haniyeh	PSEREB	Ismail Haniyeh	person	-
Ismail Haniyeh	PSEREB	Ismail Haniyeh	person	-
Deif	PSEREB	Mohammed Deif	person	-
Mohammed Deif	PSEREB	Mohammed Deif	person	-
Mahmoud Abbas	PSEGOV	Mahmoud Abbas	person	-
Arafat	PSEGOV	Yasser Arafat	person	-
Yasser Arafat	PSEGOV	Yasser Arafat	person	-
Akhundzada	AFGREB	Hibatullah Akhundzada	person	-
Haibatullah Akhundzada	AFGREB	Hibatullah Akhundzada	person	-
Hibatullah Akhundzada	AFGREB	Hibatullah Akhundzada	person	-
Sirajuddin Haqqani	AFGREB	Sirajuddin Haqqani	person	-
Ashraf Ghani	AFGGOV	Ashraf Ghani	person	-
Biden	USAGOV	Joe Biden	person	2021-01-20..2025-01-20
Joe Biden	USAGOV	Joe Biden	person	2021-01-20..2025-01-20
Donald Trump	USAGOV	Donald Trump	person	2017-01-20..2021-01-20,2025-01-20..
Trump	USAGOV	Donald Trump	person	2017-01-20..2021-01-20,2025-01-20..
Barack Obama	USAGOV	Barack Obama	person	2009-01-20..2017-01-20
Obama	USAGOV	Barack Obama	person	2009-01-20..2017-01-20
George Bush	USAGOV	George W. Bush	person	2001-01-20..2009-01-20
George W. Bush	USAGOV	George W. Bush	person	2001-01-20..2009-01-20
Antony Blinken	USAGOV	Antony Blinken	person	-
Blinken	USAGOV	Antony Blinken	person	-
Emmanuel Macron	FRAGOV	Emmanuel Macron	person	2017-05-14..
Macron	FRAGOV	Emmanuel Macron	person	2017-05-14..
François Hollande	FRAGOV	François Hollande	person	2012-05-15..2017-05-14
Nicolas Sarkozy	FRAGOV	Nicolas Sarkozy	person	2007-05-16..2012-05-15
Sarkozy	FRAGOV	Nicolas Sarkozy	person	2007-05-16..2012-05-15
Chirac	FRAGOV	Jacques Chirac	person	-
Jacques Chirac	FRAGOV	Jacques Chirac	person	-
Jean Yves Le Drian	FRAGOV	Jean-Yves Le Drian	person	-
Jean-Yves Le Drian	FRAGOV	Jean-Yves Le Drian	person	-
Angela Merkel	DEUGOV	Angela Merkel	person	-
Merkel	DEUGOV	Angela Merkel	person	-
Tony Blair	GBRGOV	Tony Blair	person	-
Antonio Guterres	IGOUNO	António Guterres	person	-
António Guterres	IGOUNO	António Guterres	person	-
Guterres	IGOUNO	António Guterres	person	-
Ban Ki moon	IGOUNO	Ban Ki-moon	person	-
Ban Ki-moon	IGOUNO	Ban Ki-moon	person	-
Kofi Annan	IGOUNO	Kofi Annan	person	-
Jens Stoltenberg	IGOWSTNAT	Jens Stoltenberg	person	-
Stoltenberg	IGOWSTNAT	Jens Stoltenberg	person	-
Maduro	VENGOV	Nicolás Maduro	person	-
Nicolas Maduro	VENGOV	Nicolás Maduro	person	-
Nicolás Maduro	VENGOV	Nicolás Maduro	person	-
Chavez	VENGOV	Hugo Chávez	person	-
Chávez	VENGOV	Hugo Chávez	person	-
Hugo Chavez	VENGOV	Hugo Chávez	person	-
Hugo Chávez	VENGOV	Hugo Chávez	person	-
Min Aung Hlaing	MMRMIL	Min Aung Hlaing	person	-
Milosevic	SRBGOV	Slobodan Milošević	person	-
Milošević	SRBGOV	Slobodan Milošević	person	-
Slobodan Milosevic	SRBGOV	Slobodan Milošević	person	-
Slobodan Milošević	SRBGOV	Slobodan Milošević	person	-
Abdullah Ocalan	TURREB	Abdullah Öcalan	person	-
Abdullah Öcalan	TURREB	Abdullah Öcalan	person	-
Ocalan	TURREB	Abdullah Öcalan	person	-
Öcalan	TURREB	Abdullah Öcalan	person	-
Mazloum Abdi	SYRREB	Mazloum Abdi	person	-
Mazloum Kobani	SYRREB	Mazloum Abdi	person	-
Mazlum Abdi	SYRREB	Mazloum Abdi	person	-
Saddam	IRQGOV	Saddam Hussein	person	-
Saddam Hussein	IRQGOV	Saddam Hussein	person	-
Nouri al Maliki	IRQGOV	Nouri al-Maliki	person	-
Nouri al-Maliki	IRQGOV	Nouri al-Maliki	person	-
Nuri al Maliki	IRQGOV	Nouri al-Maliki	person	-
Nuri al-Maliki	IRQGOV	Nouri al-Maliki	person	-
Faustin Archange Touadéra	CAFGOV	Faustin-Archange Touadéra	person	-
Faustin-Archange Touadéra	CAFGOV	Faustin-Archange Touadéra	person	-
Touadéra	CAFGOV	Faustin-Archange Touadéra	person	-
Buhari	NGAGOV	Muhammadu Buhari	person	-
Muhammadu Buhari	NGAGOV	Muhammadu Buhari	person	-
Bola Ahmed Tinubu	NGAGOV	Bola Tinubu	person	-
Bola Tinubu	NGAGOV	Bola Tinubu	person	-
Tinubu	NGAGOV	Bola Tinubu	person	-
Farmajo	SOMGOV	Mohamed Abdullahi Farmajo	person	-
Mohamed Abdullahi Farmajo	SOMGOV	Mohamed Abdullahi Farmajo	person	-
Mohamed Abdullahi Mohamed	SOMGOV	Mohamed Abdullahi Farmajo	person	-
Makenga	CODREB	Sultani Makenga	person	-
Sultani Makenga	CODREB	Sultani Makenga	person	-
Corneille Nangaa	CODREB	Corneille Nangaa	person	-
Nangaa	CODREB	Corneille Nangaa	person	-
Laurent Nkunda	CODREB	Laurent Nkunda	person	-
Laurent Nkundabatware	CODREB	Laurent Nkunda	person	-
Nkunda	CODREB	Laurent Nkunda	person	-
Alassane Ouattara	CIVGOV	Alassane Ouattara	person	-
Abdelmadjid Tebboune	DZAGOV	Abdelmadjid Tebboune	person	-
Tebboune	DZAGOV	Abdelmadjid Tebboune	person	-
Abdelaziz Bouteflika	DZAGOV	Abdelaziz Bouteflika	person	-
Bouteflika	DZAGOV	Abdelaziz Bouteflika	person	-
Narendra Modi	INDGOV	Narendra Modi	person	-
Musharraf	PAKGOV	Pervez Musharraf	person	-
Pervez Musharraf	PAKGOV	Pervez Musharraf	person	-
Mohammed VI	MARGOV	Mohammed VI	person	-

@lang fr

# Countries: ISO 3166 alpha-3 (KSV Kosovo, PSE Palestine, ESH Western Sahara; historical YUG, SCG, USR),
# and a few regions listed so that the longer name (Latin America, Niger Delta) wins over the country in it.
Algérie	DZA	Algeria	country	-
République algérienne démocratique et populaire	DZA	Algeria	country	-
Bénin	BEN	Benin	country	-
Cap Vert	CPV	Cabo Verde	country	-
Cap-Vert	CPV	Cabo Verde	country	-
Cameroun	CMR	Cameroon	country	-
Centrafrique	CAF	Central African Republic	country	-
RCA	CAF	Central African Republic	country	-
République centrafricaine	CAF	Central African Republic	country	-
Tchad	TCD	Chad	country	-
Comores	COM	Comoros	country	-
R.D.C.	COD	Democratic Republic of the Congo	country	-
RD Congo	COD	Democratic Republic of the Congo	country	-
RDC	COD	Democratic Republic of the Congo	country	-
RDCongo	COD	Democratic Republic of the Congo	country	-
République démocratique du Congo	COD	Democratic Republic of the Congo	country	-
Zaïre	COD	Democratic Republic of the Congo	country	-
République du Congo	COG	Republic of the Congo	country	-
Égypte	EGY	Egypt	country	-
République arabe d'Égypte	EGY	Egypt	country	-
Guinée équatoriale	GNQ	Equatorial Guinea	country	-
Érythrée	ERI	Eritrea	country	-
Éthiopie	ETH	Ethiopia	country	-
Gambie	GMB	Gambia	country	-
Guinée	GIN	Guinea	country	-
Guinée Conakry	GIN	Guinea	country	-
Guinée-Conakry	GIN	Guinea	country	-
Guinée Bissau	GNB	Guinea-Bissau	country	-
Guinée-Bissau	GNB	Guinea-Bissau	country	-
Libéria	LBR	Liberia	country	-
Libye	LBY	Libya	country	-
Mauritanie	MRT	Mauritania	country	-
île Maurice	MUS	Mauritius	country	-
Maroc	MAR	Morocco	country	-
royaume chérifien	MAR	Morocco	country	-
Namibie	NAM	Namibia	country	-
delta du Niger	NGA	Nigeria	country	-
Nigéria	NGA	Nigeria	country	-
Sao Tomé et Principe	STP	São Tomé and Príncipe	country	-
São Tomé et Príncipe	STP	São Tomé and Príncipe	country	-
Sao Tomé-et-Principe	STP	São Tomé and Príncipe	country	-
São Tomé-et-Príncipe	STP	São Tomé and Príncipe	country	-
Sénégal	SEN	Senegal	country	-
Somalie	SOM	Somalia	country	-
Afrique du Sud	ZAF	South Africa	country	-
Soudan du Sud	SSD	South Sudan	country	-
Sud Soudan	SSD	South Sudan	country	-
Sud-Soudan	SSD	South Sudan	country	-
Soudan	SDN	Sudan	country	-
Tanzanie	TZA	Tanzania	country	-
Tunisie	TUN	Tunisia	country	-
Ouganda	UGA	Uganda	country	-
Zambie	ZMB	Zambia	country	-
RASD	ESH	Western Sahara	country	-
République arabe sahraouie démocratique	ESH	Western Sahara	country	-
Sahara occidental	ESH	Western Sahara	country	-
Bahreïn	BHR	Bahrain	country	-
République islamique d'Iran	IRN	Iran	country	-
Irak	IRQ	Iraq	country	-
Kurdistan irakien	IRQ	Iraq	country	-
État d'Israël	ISR	Israel	country	-
État hébreu	ISR	Israel	country	-
Israël	ISR	Israel	country	-
Jordanie	JOR	Jordan	country	-
royaume hachémite	JOR	Jordan	country	-
Koweït	KWT	Kuwait	country	-
Liban	LBN	Lebanon	country	-
pays du Cèdre	LBN	Lebanon	country	-
sultanat d'Oman	OMN	Oman	country	-
État de Palestine	PSE	Palestine	country	-
Territoires palestiniens	PSE	Palestine	country	-
territoires palestiniens occupés	PSE	Palestine	country	-
Arabie saoudite	SAU	Saudi Arabia	country	-
royaume saoudien	SAU	Saudi Arabia	country	-
République arabe syrienne	SYR	Syria	country	-
Syrie	SYR	Syria	country	-
Turquie	TUR	Turkey	country	-
Émirats	ARE	United Arab Emirates	country	-
Emirats arabes unis	ARE	United Arab Emirates	country	-
Émirats arabes unis	ARE	United Arab Emirates	country	-
Yémen	YEM	Yemen	country	-
Albanie	ALB	Albania	country	-
Andorre	AND	Andorra	country	-
Arménie	ARM	Armenia	country	-
Autriche	AUT	Austria	country	-
Azerbaïdjan	AZE	Azerbaijan	country	-
Bélarus	BLR	Belarus	country	-
Biélorussie	BLR	Belarus	country	-
Belgique	BEL	Belgium	country	-
Bosnie	BIH	Bosnia and Herzegovina	country	-
Bosnie et Herzégovine	BIH	Bosnia and Herzegovina	country	-
Bosnie Herzégovine	BIH	Bosnia and Herzegovina	country	-
Bosnie-et-Herzégovine	BIH	Bosnia and Herzegovina	country	-
Bosnie-Herzégovine	BIH	Bosnia and Herzegovina	country	-
Bulgarie	BGR	Bulgaria	country	-
Croatie	HRV	Croatia	country	-
Chypre	CYP	Cyprus	country	-
République tchèque	CZE	Czechia	country	-
Tchéquie	CZE	Czechia	country	-
Danemark	DNK	Denmark	country	-
Estonie	EST	Estonia	country	-
Finlande	FIN	Finland	country	-
Hexagone	FRA	France	country	-
République française	FRA	France	country	-
Géorgie	GEO	Georgia	country	-
Allemagne	DEU	Germany	country	-
République fédérale d'Allemagne	DEU	Germany	country	-
RFA	DEU	Germany	country	-
Grèce	GRC	Greece	country	-
Hongrie	HUN	Hungary	country	-
Islande	ISL	Iceland	country	-
Irlande	IRL	Ireland	country	-
République d'Irlande	IRL	Ireland	country	-
Italie	ITA	Italy	country	-
Lettonie	LVA	Latvia	country	-
Lituanie	LTU	Lithuania	country	-
Malte	MLT	Malta	country	-
Moldavie	MDA	Moldova	country	-
République de Moldavie	MDA	Moldova	country	-
Monténégro	MNE	Montenegro	country	-
Pays Bas	NLD	Netherlands	country	-
Pays-Bas	NLD	Netherlands	country	-
ARYM	MKD	North Macedonia	country	-
Macédoine	MKD	North Macedonia	country	-
Macédoine du Nord	MKD	North Macedonia	country	-
Norvège	NOR	Norway	country	-
Pologne	POL	Poland	country	-
Roumanie	ROU	Romania	country	-
Fédération de Russie	RUS	Russia	country	-
Russie	RUS	Russia	country	-
Saint Marin	SMR	San Marino	country	-
Saint-Marin	SMR	San Marino	country	-
Serbie	SRB	Serbia	country	-
Slovaquie	SVK	Slovakia	country	-
Slovénie	SVN	Slovenia	country	-
Espagne	ESP	Spain	country	-
Suède	SWE	Sweden	country	-
Confédération helvétique	CHE	Switzerland	country	-
Suisse	CHE	Switzerland	country	-
Angleterre	GBR	United Kingdom	country	-
Grande Bretagne	GBR	United Kingdom	country	-
Grande-Bretagne	GBR	United Kingdom	country	-
Irlande du Nord	GBR	United Kingdom	country	-
Royaume Uni	GBR	United Kingdom	country	-
Royaume-Uni	GBR	United Kingdom	country	-
Cité du Vatican	VAT	Holy See	country	-
Saint Siège	VAT	Holy See	country	-
Saint-Siège	VAT	Holy See	country	-
République fédérale de Yougoslavie	YUG	Yugoslavia	country	-
Yougoslavie	YUG	Yugoslavia	country	-
Serbie et Monténégro	SCG	Serbia and Montenegro	country	-
Serbie-et-Monténégro	SCG	Serbia and Montenegro	country	-
Union soviétique	USR	Soviet Union	country	-
URSS	USR	Soviet Union	country	-
Australie	AUS	Australia	country	-
Bhoutan	BTN	Bhutan	country	-
Brunéi	BRN	Brunei	country	-
Cambodge	KHM	Cambodia	country	-
Chine	CHN	China	country	-
République populaire de Chine	CHN	China	country	-
Fidji	FJI	Fiji	country	-
Inde	IND	India	country	-
Indonésie	IDN	Indonesia	country	-
Japon	JPN	Japan	country	-
Corée du Nord	PRK	North Korea	country	-
République populaire démocratique de Corée	PRK	North Korea	country	-
RPDC	PRK	North Korea	country	-
Corée du Sud	KOR	South Korea	country	-
République de Corée	KOR	South Korea	country	-
Kirghizistan	KGZ	Kyrgyzstan	country	-
Kirghizstan	KGZ	Kyrgyzstan	country	-
Malaisie	MYS	Malaysia	country	-
Îles Marshall	MHL	Marshall Islands	country	-
États fédérés de Micronésie	FSM	Micronesia	country	-
Micronésie	FSM	Micronesia	country	-
Mongolie	MNG	Mongolia	country	-
Birmanie	MMR	Myanmar	country	-
Népal	NPL	Nepal	country	-
Nouvelle Zélande	NZL	New Zealand	country	-
Nouvelle-Zélande	NZL	New Zealand	country	-
Palaos	PLW	Palau	country	-
Papouasie Nouvelle Guinée	PNG	Papua New Guinea	country	-
Papouasie-Nouvelle-Guinée	PNG	Papua New Guinea	country	-
Singapour	SGP	Singapore	country	-
Îles Salomon	SLB	Solomon Islands	country	-
Taïwan	TWN	Taiwan	country	-
Tadjikistan	TJK	Tajikistan	country	-
Thaïlande	THA	Thailand	country	-
Timor oriental	TLS	Timor-Leste	country	-
Turkménistan	TKM	Turkmenistan	country	-
Ouzbékistan	UZB	Uzbekistan	country	-
Viêt Nam	VNM	Vietnam	country	-
Viêt-nam	VNM	Vietnam	country	-
Antigua et Barbuda	ATG	Antigua and Barbuda	country	-
Antigua-et-Barbuda	ATG	Antigua and Barbuda	country	-
Argentine	ARG	Argentina	country	-
Barbade	BRB	Barbados	country	-
Bolivie	BOL	Bolivia	country	-
Brésil	BRA	Brazil	country	-
Chili	CHL	Chile	country	-
Colombie	COL	Colombia	country	-
Commonwealth de la Dominique	DMA	Dominica	country	-
République dominicaine	DOM	Dominican Republic	country	-
République de l'Équateur	ECU	Ecuador	country	-
Haïti	HTI	Haiti	country	-
Jamaïque	JAM	Jamaica	country	-
Mexique	MEX	Mexico	country	-
Pérou	PER	Peru	country	-
Saint Christophe et Niévès	KNA	Saint Kitts and Nevis	country	-
Saint Kitts et Nevis	KNA	Saint Kitts and Nevis	country	-
Saint-Christophe-et-Niévès	KNA	Saint Kitts and Nevis	country	-
Saint-Kitts-et-Nevis	KNA	Saint Kitts and Nevis	country	-
Sainte Lucie	LCA	Saint Lucia	country	-
Sainte-Lucie	LCA	Saint Lucia	country	-
Saint Vincent et les Grenadines	VCT	Saint Vincent and the Grenadines	country	-
Saint-Vincent-et-les-Grenadines	VCT	Saint Vincent and the Grenadines	country	-
Trinité et Tobago	TTO	Trinidad and Tobago	country	-
Trinité-et-Tobago	TTO	Trinidad and Tobago	country	-
E.-U.	USA	United States	country	-
É.-U.	USA	United States	country	-
Etats Unis	USA	United States	country	-
États Unis	USA	United States	country	-
États Unis d'Amérique	USA	United States	country	-
Etats-Unis	USA	United States	country	-
États-Unis	USA	United States	country	-
États-Unis d'Amérique	USA	United States	country	-
Amérique centrale	LAM	Latin America	country	-
Amérique latine	LAM	Latin America	country	-
Amérique du Sud	SAM	South America	country	-
Amérique du Nord	NMR	North America	country	-

# Demonyms: adjectives and nouns of nationality in every gender and number.
algérien	DZA	Algeria	demonym	-
algérienne	DZA	Algeria	demonym	-
algériennes	DZA	Algeria	demonym	-
algériens	DZA	Algeria	demonym	-
angolais	AGO	Angola	demonym	-
angolaise	AGO	Angola	demonym	-
angolaises	AGO	Angola	demonym	-
béninois	BEN	Benin	demonym	-
béninoise	BEN	Benin	demonym	-
béninoises	BEN	Benin	demonym	-
botswanais	BWA	Botswana	demonym	-
botswanaise	BWA	Botswana	demonym	-
botswanaises	BWA	Botswana	demonym	-
burkinabé	BFA	Burkina Faso	demonym	-
burkinabée	BFA	Burkina Faso	demonym	-
burkinabées	BFA	Burkina Faso	demonym	-
burkinabès	BFA	Burkina Faso	demonym	-
burkinabés	BFA	Burkina Faso	demonym	-
burundais	BDI	Burundi	demonym	-
burundaise	BDI	Burundi	demonym	-
burundaises	BDI	Burundi	demonym	-
cap verdien	CPV	Cabo Verde	demonym	-
cap verdienne	CPV	Cabo Verde	demonym	-
cap verdiennes	CPV	Cabo Verde	demonym	-
cap verdiens	CPV	Cabo Verde	demonym	-
cap-verdien	CPV	Cabo Verde	demonym	-
cap-verdienne	CPV	Cabo Verde	demonym	-
cap-verdiennes	CPV	Cabo Verde	demonym	-
cap-verdiens	CPV	Cabo Verde	demonym	-
capverdien	CPV	Cabo Verde	demonym	-
capverdienne	CPV	Cabo Verde	demonym	-
capverdiennes	CPV	Cabo Verde	demonym	-
capverdiens	CPV	Cabo Verde	demonym	-
camerounais	CMR	Cameroon	demonym	-
camerounaise	CMR	Cameroon	demonym	-
camerounaises	CMR	Cameroon	demonym	-
centrafricain	CAF	Central African Republic	demonym	-
centrafricaine	CAF	Central African Republic	demonym	-
centrafricaines	CAF	Central African Republic	demonym	-
centrafricains	CAF	Central African Republic	demonym	-
tchadien	TCD	Chad	demonym	-
tchadienne	TCD	Chad	demonym	-
tchadiennes	TCD	Chad	demonym	-
tchadiens	TCD	Chad	demonym	-
comorien	COM	Comoros	demonym	-
comorienne	COM	Comoros	demonym	-
comoriennes	COM	Comoros	demonym	-
comoriens	COM	Comoros	demonym	-
congolais	COD	Democratic Republic of the Congo	demonym	-
congolaise	COD	Democratic Republic of the Congo	demonym	-
congolaises	COD	Democratic Republic of the Congo	demonym	-
zaïrois	COD	Democratic Republic of the Congo	demonym	-
zaïroise	COD	Democratic Republic of the Congo	demonym	-
zaïroises	COD	Democratic Republic of the Congo	demonym	-
ivoirien	CIV	Côte d'Ivoire	demonym	-
ivoirienne	CIV	Côte d'Ivoire	demonym	-
ivoiriennes	CIV	Côte d'Ivoire	demonym	-
ivoiriens	CIV	Côte d'Ivoire	demonym	-
djiboutien	DJI	Djibouti	demonym	-
djiboutienne	DJI	Djibouti	demonym	-
djiboutiennes	DJI	Djibouti	demonym	-
djiboutiens	DJI	Djibouti	demonym	-
égyptien	EGY	Egypt	demonym	-
égyptienne	EGY	Egypt	demonym	-
égyptiennes	EGY	Egypt	demonym	-
égyptiens	EGY	Egypt	demonym	-
équato guinéen	GNQ	Equatorial Guinea	demonym	-
équato guinéenne	GNQ	Equatorial Guinea	demonym	-
équato guinéennes	GNQ	Equatorial Guinea	demonym	-
équato guinéens	GNQ	Equatorial Guinea	demonym	-
équato-guinéen	GNQ	Equatorial Guinea	demonym	-
équato-guinéenne	GNQ	Equatorial Guinea	demonym	-
équato-guinéennes	GNQ	Equatorial Guinea	demonym	-
équato-guinéens	GNQ	Equatorial Guinea	demonym	-
érythréen	ERI	Eritrea	demonym	-
érythréenne	ERI	Eritrea	demonym	-
érythréennes	ERI	Eritrea	demonym	-
érythréens	ERI	Eritrea	demonym	-
eswatinien	SWZ	Eswatini	demonym	-
eswatinienne	SWZ	Eswatini	demonym	-
eswatiniennes	SWZ	Eswatini	demonym	-
eswatiniens	SWZ	Eswatini	demonym	-
swazie	SWZ	Eswatini	demonym	-
swazies	SWZ	Eswatini	demonym	-
éthiopien	ETH	Ethiopia	demonym	-
éthiopienne	ETH	Ethiopia	demonym	-
éthiopiennes	ETH	Ethiopia	demonym	-
éthiopiens	ETH	Ethiopia	demonym	-
gabonais	GAB	Gabon	demonym	-
gabonaise	GAB	Gabon	demonym	-
gabonaises	GAB	Gabon	demonym	-
gambien	GMB	Gambia	demonym	-
gambienne	GMB	Gambia	demonym	-
gambiennes	GMB	Gambia	demonym	-
gambiens	GMB	Gambia	demonym	-
ghanéen	GHA	Ghana	demonym	-
ghanéenne	GHA	Ghana	demonym	-
ghanéennes	GHA	Ghana	demonym	-
ghanéens	GHA	Ghana	demonym	-
guinéen	GIN	Guinea	demonym	-
guinéenne	GIN	Guinea	demonym	-
guinéennes	GIN	Guinea	demonym	-
guinéens	GIN	Guinea	demonym	-
bissau guinéen	GNB	Guinea-Bissau	demonym	-
bissau guinéenne	GNB	Guinea-Bissau	demonym	-
bissau guinéennes	GNB	Guinea-Bissau	demonym	-
bissau guinéens	GNB	Guinea-Bissau	demonym	-
bissau-guinéen	GNB	Guinea-Bissau	demonym	-
bissau-guinéenne	GNB	Guinea-Bissau	demonym	-
bissau-guinéennes	GNB	Guinea-Bissau	demonym	-
bissau-guinéens	GNB	Guinea-Bissau	demonym	-
kényan	KEN	Kenya	demonym	-
kenyane	KEN	Kenya	demonym	-
kényane	KEN	Kenya	demonym	-
kenyanes	KEN	Kenya	demonym	-
kényanes	KEN	Kenya	demonym	-
kényans	KEN	Kenya	demonym	-
lesothan	LSO	Lesotho	demonym	-
lesothane	LSO	Lesotho	demonym	-
lesothanes	LSO	Lesotho	demonym	-
lesothans	LSO	Lesotho	demonym	-
libérien	LBR	Liberia	demonym	-
libérienne	LBR	Liberia	demonym	-
libériennes	LBR	Liberia	demonym	-
libériens	LBR	Liberia	demonym	-
libyen	LBY	Libya	demonym	-
libyenne	LBY	Libya	demonym	-
libyennes	LBY	Libya	demonym	-
libyens	LBY	Libya	demonym	-
malgache	MDG	Madagascar	demonym	-
malgaches	MDG	Madagascar	demonym	-
malawien	MWI	Malawi	demonym	-
malawienne	MWI	Malawi	demonym	-
malawiennes	MWI	Malawi	demonym	-
malawiens	MWI	Malawi	demonym	-
malawite	MWI	Malawi	demonym	-
malawites	MWI	Malawi	demonym	-
malien	MLI	Mali	demonym	-
malienne	MLI	Mali	demonym	-
maliennes	MLI	Mali	demonym	-
maliens	MLI	Mali	demonym	-
mauritanien	MRT	Mauritania	demonym	-
mauritanienne	MRT	Mauritania	demonym	-
mauritaniennes	MRT	Mauritania	demonym	-
mauritaniens	MRT	Mauritania	demonym	-
mauricien	MUS	Mauritius	demonym	-
mauricienne	MUS	Mauritius	demonym	-
mauriciennes	MUS	Mauritius	demonym	-
mauriciens	MUS	Mauritius	demonym	-
marocain	MAR	Morocco	demonym	-
marocaine	MAR	Morocco	demonym	-
marocaines	MAR	Morocco	demonym	-
marocains	MAR	Morocco	demonym	-
mozambicain	MOZ	Mozambique	demonym	-
mozambicaine	MOZ	Mozambique	demonym	-
mozambicaines	MOZ	Mozambique	demonym	-
mozambicains	MOZ	Mozambique	demonym	-
namibien	NAM	Namibia	demonym	-
namibienne	NAM	Namibia	demonym	-
namibiennes	NAM	Namibia	demonym	-
namibiens	NAM	Namibia	demonym	-
nigérien	NER	Niger	demonym	-
nigérienne	NER	Niger	demonym	-
nigériennes	NER	Niger	demonym	-
nigériens	NER	Niger	demonym	-
nigérian	NGA	Nigeria	demonym	-
nigériane	NGA	Nigeria	demonym	-
nigérianes	NGA	Nigeria	demonym	-
nigérians	NGA	Nigeria	demonym	-
rwandais	RWA	Rwanda	demonym	-
rwandaise	RWA	Rwanda	demonym	-
rwandaises	RWA	Rwanda	demonym	-
santoméen	STP	São Tomé and Príncipe	demonym	-
santoméenne	STP	São Tomé and Príncipe	demonym	-
santoméennes	STP	São Tomé and Príncipe	demonym	-
santoméens	STP	São Tomé and Príncipe	demonym	-
sénégalais	SEN	Senegal	demonym	-
sénégalaise	SEN	Senegal	demonym	-
sénégalaises	SEN	Senegal	demonym	-
seychelloise	SYC	Seychelles	demonym	-
seychelloises	SYC	Seychelles	demonym	-
sierra léonais	SLE	Sierra Leone	demonym	-
sierra léonaise	SLE	Sierra Leone	demonym	-
sierra léonaises	SLE	Sierra Leone	demonym	-
sierra-léonais	SLE	Sierra Leone	demonym	-
sierra-léonaise	SLE	Sierra Leone	demonym	-
sierra-léonaises	SLE	Sierra Leone	demonym	-
sierraléonais	SLE	Sierra Leone	demonym	-
sierraléonaise	SLE	Sierra Leone	demonym	-
sierraléonaises	SLE	Sierra Leone	demonym	-
somalien	SOM	Somalia	demonym	-
somalienne	SOM	Somalia	demonym	-
somaliennes	SOM	Somalia	demonym	-
somaliens	SOM	Somalia	demonym	-
sud africain	ZAF	South Africa	demonym	-
sud africaine	ZAF	South Africa	demonym	-
sud africaines	ZAF	South Africa	demonym	-
sud africains	ZAF	South Africa	demonym	-
sud-africain	ZAF	South Africa	demonym	-
sud-africaine	ZAF	South Africa	demonym	-
sud-africaines	ZAF	South Africa	demonym	-
sud-africains	ZAF	South Africa	demonym	-
sud soudanais	SSD	South Sudan	demonym	-
sud soudanaise	SSD	South Sudan	demonym	-
sud soudanaises	SSD	South Sudan	demonym	-
sud-soudanais	SSD	South Sudan	demonym	-
sud-soudanaise	SSD	South Sudan	demonym	-
sud-soudanaises	SSD	South Sudan	demonym	-
soudanais	SDN	Sudan	demonym	-
soudanaise	SDN	Sudan	demonym	-
soudanaises	SDN	Sudan	demonym	-
tanzanien	TZA	Tanzania	demonym	-
tanzanienne	TZA	Tanzania	demonym	-
tanzaniennes	TZA	Tanzania	demonym	-
tanzaniens	TZA	Tanzania	demonym	-
togolais	TGO	Togo	demonym	-
togolaise	TGO	Togo	demonym	-
togolaises	TGO	Togo	demonym	-
tunisien	TUN	Tunisia	demonym	-
tunisienne	TUN	Tunisia	demonym	-
tunisiennes	TUN	Tunisia	demonym	-
tunisiens	TUN	Tunisia	demonym	-
ougandais	UGA	Uganda	demonym	-
ougandaise	UGA	Uganda	demonym	-
ougandaises	UGA	Uganda	demonym	-
zambien	ZMB	Zambia	demonym	-
zambienne	ZMB	Zambia	demonym	-
zambiennes	ZMB	Zambia	demonym	-
zambiens	ZMB	Zambia	demonym	-
zimbabwéen	ZWE	Zimbabwe	demonym	-
zimbabwéenne	ZWE	Zimbabwe	demonym	-
zimbabwéennes	ZWE	Zimbabwe	demonym	-
zimbabwéens	ZWE	Zimbabwe	demonym	-
sahraoui	ESH	Western Sahara	demonym	-
sahraouie	ESH	Western Sahara	demonym	-
sahraouies	ESH	Western Sahara	demonym	-
sahraouis	ESH	Western Sahara	demonym	-
bahreïni	BHR	Bahrain	demonym	-
bahreïnie	BHR	Bahrain	demonym	-
bahreïnien	BHR	Bahrain	demonym	-
bahreïnienne	BHR	Bahrain	demonym	-
bahreïniennes	BHR	Bahrain	demonym	-
bahreïniens	BHR	Bahrain	demonym	-
bahreïnies	BHR	Bahrain	demonym	-
bahreïnis	BHR	Bahrain	demonym	-
iranien	IRN	Iran	demonym	-
iranienne	IRN	Iran	demonym	-
iraniennes	IRN	Iran	demonym	-
iraniens	IRN	Iran	demonym	-
irakien	IRQ	Iraq	demonym	-
irakienne	IRQ	Iraq	demonym	-
irakiennes	IRQ	Iraq	demonym	-
irakiens	IRQ	Iraq	demonym	-
iraquien	IRQ	Iraq	demonym	-
iraquienne	IRQ	Iraq	demonym	-
iraquiennes	IRQ	Iraq	demonym	-
iraquiens	IRQ	Iraq	demonym	-
israélien	ISR	Israel	demonym	-
israélienne	ISR	Israel	demonym	-
israéliennes	ISR	Israel	demonym	-
israéliens	ISR	Israel	demonym	-
jordanien	JOR	Jordan	demonym	-
jordanienne	JOR	Jordan	demonym	-
jordaniennes	JOR	Jordan	demonym	-
jordaniens	JOR	Jordan	demonym	-
koweïtien	KWT	Kuwait	demonym	-
koweïtienne	KWT	Kuwait	demonym	-
koweïtiennes	KWT	Kuwait	demonym	-
koweïtiens	KWT	Kuwait	demonym	-
libanais	LBN	Lebanon	demonym	-
libanaise	LBN	Lebanon	demonym	-
libanaises	LBN	Lebanon	demonym	-
omanais	OMN	Oman	demonym	-
omanaise	OMN	Oman	demonym	-
omanaises	OMN	Oman	demonym	-
palestinien	PSE	Palestine	demonym	-
palestinienne	PSE	Palestine	demonym	-
palestiniennes	PSE	Palestine	demonym	-
palestiniens	PSE	Palestine	demonym	-
qatarie	QAT	Qatar	demonym	-
qatarien	QAT	Qatar	demonym	-
qatarienne	QAT	Qatar	demonym	-
qatariennes	QAT	Qatar	demonym	-
qatariens	QAT	Qatar	demonym	-
qataries	QAT	Qatar	demonym	-
saoudien	SAU	Saudi Arabia	demonym	-
saoudienne	SAU	Saudi Arabia	demonym	-
saoudiennes	SAU	Saudi Arabia	demonym	-
saoudiens	SAU	Saudi Arabia	demonym	-
syrien	SYR	Syria	demonym	-
syrienne	SYR	Syria	demonym	-
syriennes	SYR	Syria	demonym	-
syriens	SYR	Syria	demonym	-
turc	TUR	Turkey	demonym	-
turcs	TUR	Turkey	demonym	-
turque	TUR	Turkey	demonym	-
turques	TUR	Turkey	demonym	-
émirati	ARE	United Arab Emirates	demonym	-
émiratie	ARE	United Arab Emirates	demonym	-
émiraties	ARE	United Arab Emirates	demonym	-
émiratis	ARE	United Arab Emirates	demonym	-
émirien	ARE	United Arab Emirates	demonym	-
émirienne	ARE	United Arab Emirates	demonym	-
émiriennes	ARE	United Arab Emirates	demonym	-
émiriens	ARE	United Arab Emirates	demonym	-
yéménite	YEM	Yemen	demonym	-
yéménites	YEM	Yemen	demonym	-
albanais	ALB	Albania	demonym	-
albanaise	ALB	Albania	demonym	-
albanaises	ALB	Albania	demonym	-
andorrane	AND	Andorra	demonym	-
andorranes	AND	Andorra	demonym	-
arménien	ARM	Armenia	demonym	-
arménienne	ARM	Armenia	demonym	-
arméniennes	ARM	Armenia	demonym	-
arméniens	ARM	Armenia	demonym	-
autrichien	AUT	Austria	demonym	-
autrichienne	AUT	Austria	demonym	-
autrichiennes	AUT	Austria	demonym	-
autrichiens	AUT	Austria	demonym	-
azerbaïdjanais	AZE	Azerbaijan	demonym	-
azerbaïdjanaise	AZE	Azerbaijan	demonym	-
azerbaïdjanaises	AZE	Azerbaijan	demonym	-
azéri	AZE	Azerbaijan	demonym	-
azérie	AZE	Azerbaijan	demonym	-
azéries	AZE	Azerbaijan	demonym	-
azéris	AZE	Azerbaijan	demonym	-
bélarusse	BLR	Belarus	demonym	-
bélarusses	BLR	Belarus	demonym	-
biélorusse	BLR	Belarus	demonym	-
biélorusses	BLR	Belarus	demonym	-
belge	BEL	Belgium	demonym	-
belges	BEL	Belgium	demonym	-
bosnien	BIH	Bosnia and Herzegovina	demonym	-
bosnienne	BIH	Bosnia and Herzegovina	demonym	-
bosniennes	BIH	Bosnia and Herzegovina	demonym	-
bosniens	BIH	Bosnia and Herzegovina	demonym	-
bulgare	BGR	Bulgaria	demonym	-
bulgares	BGR	Bulgaria	demonym	-
croate	HRV	Croatia	demonym	-
croates	HRV	Croatia	demonym	-
chypriote	CYP	Cyprus	demonym	-
chypriotes	CYP	Cyprus	demonym	-
cypriote	CYP	Cyprus	demonym	-
cypriotes	CYP	Cyprus	demonym	-
tchèque	CZE	Czechia	demonym	-
tchèques	CZE	Czechia	demonym	-
danois	DNK	Denmark	demonym	-
danoise	DNK	Denmark	demonym	-
danoises	DNK	Denmark	demonym	-
estonien	EST	Estonia	demonym	-
estonienne	EST	Estonia	demonym	-
estoniennes	EST	Estonia	demonym	-
estoniens	EST	Estonia	demonym	-
finlandais	FIN	Finland	demonym	-
finlandaise	FIN	Finland	demonym	-
finlandaises	FIN	Finland	demonym	-
français	FRA	France	demonym	-
française	FRA	France	demonym	-
françaises	FRA	France	demonym	-
géorgien	GEO	Georgia	demonym	-
géorgienne	GEO	Georgia	demonym	-
géorgiennes	GEO	Georgia	demonym	-
géorgiens	GEO	Georgia	demonym	-
allemand	DEU	Germany	demonym	-
allemande	DEU	Germany	demonym	-
allemandes	DEU	Germany	demonym	-
allemands	DEU	Germany	demonym	-
grec	GRC	Greece	demonym	-
grecque	GRC	Greece	demonym	-
grecques	GRC	Greece	demonym	-
grecs	GRC	Greece	demonym	-
hongrois	HUN	Hungary	demonym	-
hongroise	HUN	Hungary	demonym	-
hongroises	HUN	Hungary	demonym	-
islandais	ISL	Iceland	demonym	-
islandaise	ISL	Iceland	demonym	-
islandaises	ISL	Iceland	demonym	-
irlandais	IRL	Ireland	demonym	-
irlandaise	IRL	Ireland	demonym	-
irlandaises	IRL	Ireland	demonym	-
italien	ITA	Italy	demonym	-
italienne	ITA	Italy	demonym	-
italiennes	ITA	Italy	demonym	-
italiens	ITA	Italy	demonym	-
kosovare	KSV	Kosovo	demonym	-
kosovares	KSV	Kosovo	demonym	-
letton	LVA	Latvia	demonym	-
lettone	LVA	Latvia	demonym	-
lettones	LVA	Latvia	demonym	-
lettonien	LVA	Latvia	demonym	-
lettonienne	LVA	Latvia	demonym	-
lettoniennes	LVA	Latvia	demonym	-
lettoniens	LVA	Latvia	demonym	-
lettons	LVA	Latvia	demonym	-
liechtensteinois	LIE	Liechtenstein	demonym	-
liechtensteinoise	LIE	Liechtenstein	demonym	-
liechtensteinoises	LIE	Liechtenstein	demonym	-
lituanien	LTU	Lithuania	demonym	-
lituanienne	LTU	Lithuania	demonym	-
lituaniennes	LTU	Lithuania	demonym	-
lituaniens	LTU	Lithuania	demonym	-
luxembourgeois	LUX	Luxembourg	demonym	-
luxembourgeoise	LUX	Luxembourg	demonym	-
luxembourgeoises	LUX	Luxembourg	demonym	-
maltais	MLT	Malta	demonym	-
maltaise	MLT	Malta	demonym	-
maltaises	MLT	Malta	demonym	-
moldave	MDA	Moldova	demonym	-
moldaves	MDA	Moldova	demonym	-
monégasque	MCO	Monaco	demonym	-
monégasques	MCO	Monaco	demonym	-
monténégrin	MNE	Montenegro	demonym	-
monténégrine	MNE	Montenegro	demonym	-
monténégrines	MNE	Montenegro	demonym	-
monténégrins	MNE	Montenegro	demonym	-
hollandais	NLD	Netherlands	demonym	-
hollandaise	NLD	Netherlands	demonym	-
hollandaises	NLD	Netherlands	demonym	-
néerlandais	NLD	Netherlands	demonym	-
néerlandaise	NLD	Netherlands	demonym	-
néerlandaises	NLD	Netherlands	demonym	-
macédonien	MKD	North Macedonia	demonym	-
macédonienne	MKD	North Macedonia	demonym	-
macédoniennes	MKD	North Macedonia	demonym	-
macédoniens	MKD	North Macedonia	demonym	-
nord macédonien	MKD	North Macedonia	demonym	-
nord macédonienne	MKD	North Macedonia	demonym	-
nord macédoniennes	MKD	North Macedonia	demonym	-
nord macédoniens	MKD	North Macedonia	demonym	-
nord-macédonien	MKD	North Macedonia	demonym	-
nord-macédonienne	MKD	North Macedonia	demonym	-
nord-macédoniennes	MKD	North Macedonia	demonym	-
nord-macédoniens	MKD	North Macedonia	demonym	-
norvégien	NOR	Norway	demonym	-
norvégienne	NOR	Norway	demonym	-
norvégiennes	NOR	Norway	demonym	-
norvégiens	NOR	Norway	demonym	-
polonais	POL	Poland	demonym	-
polonaise	POL	Poland	demonym	-
polonaises	POL	Poland	demonym	-
portugais	PRT	Portugal	demonym	-
portugaise	PRT	Portugal	demonym	-
portugaises	PRT	Portugal	demonym	-
roumain	ROU	Romania	demonym	-
roumaine	ROU	Romania	demonym	-
roumaines	ROU	Romania	demonym	-
roumains	ROU	Romania	demonym	-
russe	RUS	Russia	demonym	-
russes	RUS	Russia	demonym	-
saint marinais	SMR	San Marino	demonym	-
saint marinaise	SMR	San Marino	demonym	-
saint marinaises	SMR	San Marino	demonym	-
saint-marinais	SMR	San Marino	demonym	-
saint-marinaise	SMR	San Marino	demonym	-
saint-marinaises	SMR	San Marino	demonym	-
serbe	SRB	Serbia	demonym	-
serbes	SRB	Serbia	demonym	-
slovaque	SVK	Slovakia	demonym	-
slovaques	SVK	Slovakia	demonym	-
slovène	SVN	Slovenia	demonym	-
slovènes	SVN	Slovenia	demonym	-
espagnol	ESP	Spain	demonym	-
espagnole	ESP	Spain	demonym	-
espagnoles	ESP	Spain	demonym	-
espagnols	ESP	Spain	demonym	-
suédois	SWE	Sweden	demonym	-
suédoise	SWE	Sweden	demonym	-
suédoises	SWE	Sweden	demonym	-
helvétique	CHE	Switzerland	demonym	-
helvétiques	CHE	Switzerland	demonym	-
suisses	CHE	Switzerland	demonym	-
ukrainien	UKR	Ukraine	demonym	-
ukrainienne	UKR	Ukraine	demonym	-
ukrainiennes	UKR	Ukraine	demonym	-
ukrainiens	UKR	Ukraine	demonym	-
britannique	GBR	United Kingdom	demonym	-
britanniques	GBR	United Kingdom	demonym	-
yougoslave	YUG	Yugoslavia	demonym	-
yougoslaves	YUG	Yugoslavia	demonym	-
soviétique	USR	Soviet Union	demonym	-
soviétiques	USR	Soviet Union	demonym	-
afghane	AFG	Afghanistan	demonym	-
afghanes	AFG	Afghanistan	demonym	-
australien	AUS	Australia	demonym	-
australienne	AUS	Australia	demonym	-
australiennes	AUS	Australia	demonym	-
australiens	AUS	Australia	demonym	-
bangladais	BGD	Bangladesh	demonym	-
bangladaise	BGD	Bangladesh	demonym	-
bangladaises	BGD	Bangladesh	demonym	-
bangladeshie	BGD	Bangladesh	demonym	-
bangladeshies	BGD	Bangladesh	demonym	-
bhoutanais	BTN	Bhutan	demonym	-
bhoutanaise	BTN	Bhutan	demonym	-
bhoutanaises	BTN	Bhutan	demonym	-
brunéien	BRN	Brunei	demonym	-
brunéienne	BRN	Brunei	demonym	-
brunéiennes	BRN	Brunei	demonym	-
brunéiens	BRN	Brunei	demonym	-
cambodgien	KHM	Cambodia	demonym	-
cambodgienne	KHM	Cambodia	demonym	-
cambodgiennes	KHM	Cambodia	demonym	-
cambodgiens	KHM	Cambodia	demonym	-
chinois	CHN	China	demonym	-
chinoise	CHN	China	demonym	-
chinoises	CHN	China	demonym	-
fidjien	FJI	Fiji	demonym	-
fidjienne	FJI	Fiji	demonym	-
fidjiennes	FJI	Fiji	demonym	-
fidjiens	FJI	Fiji	demonym	-
indien	IND	India	demonym	-
indienne	IND	India	demonym	-
indiennes	IND	India	demonym	-
indiens	IND	India	demonym	-
indonésien	IDN	Indonesia	demonym	-
indonésienne	IDN	Indonesia	demonym	-
indonésiennes	IDN	Indonesia	demonym	-
indonésiens	IDN	Indonesia	demonym	-
japonais	JPN	Japan	demonym	-
japonaise	JPN	Japan	demonym	-
japonaises	JPN	Japan	demonym	-
kazakhe	KAZ	Kazakhstan	demonym	-
kazakhes	KAZ	Kazakhstan	demonym	-
kazakhstanais	KAZ	Kazakhstan	demonym	-
kazakhstanaise	KAZ	Kazakhstan	demonym	-
kazakhstanaises	KAZ	Kazakhstan	demonym	-
kiribatien	KIR	Kiribati	demonym	-
kiribatienne	KIR	Kiribati	demonym	-
kiribatiennes	KIR	Kiribati	demonym	-
kiribatiens	KIR	Kiribati	demonym	-
nord coréen	PRK	North Korea	demonym	-
nord coréenne	PRK	North Korea	demonym	-
nord coréennes	PRK	North Korea	demonym	-
nord coréens	PRK	North Korea	demonym	-
nord-coréen	PRK	North Korea	demonym	-
nord-coréenne	PRK	North Korea	demonym	-
nord-coréennes	PRK	North Korea	demonym	-
nord-coréens	PRK	North Korea	demonym	-
sud coréen	KOR	South Korea	demonym	-
sud coréenne	KOR	South Korea	demonym	-
sud coréennes	KOR	South Korea	demonym	-
sud coréens	KOR	South Korea	demonym	-
sud-coréen	KOR	South Korea	demonym	-
sud-coréenne	KOR	South Korea	demonym	-
sud-coréennes	KOR	South Korea	demonym	-
sud-coréens	KOR	South Korea	demonym	-
kirghiz	KGZ	Kyrgyzstan	demonym	-
kirghize	KGZ	Kyrgyzstan	demonym	-
kirghizes	KGZ	Kyrgyzstan	demonym	-
kirghizistanais	KGZ	Kyrgyzstan	demonym	-
kirghizistanaise	KGZ	Kyrgyzstan	demonym	-
kirghizistanaises	KGZ	Kyrgyzstan	demonym	-
laotien	LAO	Laos	demonym	-
laotienne	LAO	Laos	demonym	-
laotiennes	LAO	Laos	demonym	-
laotiens	LAO	Laos	demonym	-
malaisien	MYS	Malaysia	demonym	-
malaisienne	MYS	Malaysia	demonym	-
malaisiennes	MYS	Malaysia	demonym	-
malaisiens	MYS	Malaysia	demonym	-
maldivien	MDV	Maldives	demonym	-
maldivienne	MDV	Maldives	demonym	-
maldiviennes	MDV	Maldives	demonym	-
maldiviens	MDV	Maldives	demonym	-
marshallais	MHL	Marshall Islands	demonym	-
marshallaise	MHL	Marshall Islands	demonym	-
marshallaises	MHL	Marshall Islands	demonym	-
micronésien	FSM	Micronesia	demonym	-
micronésienne	FSM	Micronesia	demonym	-
micronésiennes	FSM	Micronesia	demonym	-
micronésiens	FSM	Micronesia	demonym	-
mongol	MNG	Mongolia	demonym	-
mongole	MNG	Mongolia	demonym	-
mongoles	MNG	Mongolia	demonym	-
mongols	MNG	Mongolia	demonym	-
birman	MMR	Myanmar	demonym	-
birmane	MMR	Myanmar	demonym	-
birmanes	MMR	Myanmar	demonym	-
birmans	MMR	Myanmar	demonym	-
nauruane	NRU	Nauru	demonym	-
nauruanes	NRU	Nauru	demonym	-
népalais	NPL	Nepal	demonym	-
népalaise	NPL	Nepal	demonym	-
népalaises	NPL	Nepal	demonym	-
néo zélandais	NZL	New Zealand	demonym	-
néo zélandaise	NZL	New Zealand	demonym	-
néo zélandaises	NZL	New Zealand	demonym	-
néo-zélandais	NZL	New Zealand	demonym	-
néo-zélandaise	NZL	New Zealand	demonym	-
néo-zélandaises	NZL	New Zealand	demonym	-
pakistanais	PAK	Pakistan	demonym	-
pakistanaise	PAK	Pakistan	demonym	-
pakistanaises	PAK	Pakistan	demonym	-
palaosien	PLW	Palau	demonym	-
palaosienne	PLW	Palau	demonym	-
palaosiennes	PLW	Palau	demonym	-
palaosiens	PLW	Palau	demonym	-
papouan néo guinéen	PNG	Papua New Guinea	demonym	-
papouan néo guinéenne	PNG	Papua New Guinea	demonym	-
papouan néo guinéennes	PNG	Papua New Guinea	demonym	-
papouan néo guinéens	PNG	Papua New Guinea	demonym	-
papouan-néo-guinéen	PNG	Papua New Guinea	demonym	-
papouan-néo-guinéenne	PNG	Papua New Guinea	demonym	-
papouan-néo-guinéennes	PNG	Papua New Guinea	demonym	-
papouan-néo-guinéens	PNG	Papua New Guinea	demonym	-
philippin	PHL	Philippines	demonym	-
philippins	PHL	Philippines	demonym	-
samoane	WSM	Samoa	demonym	-
samoanes	WSM	Samoa	demonym	-
singapourien	SGP	Singapore	demonym	-
singapourienne	SGP	Singapore	demonym	-
singapouriennes	SGP	Singapore	demonym	-
singapouriens	SGP	Singapore	demonym	-
salomonais	SLB	Solomon Islands	demonym	-
salomonaise	SLB	Solomon Islands	demonym	-
salomonaises	SLB	Solomon Islands	demonym	-
sri lankais	LKA	Sri Lanka	demonym	-
sri lankaise	LKA	Sri Lanka	demonym	-
sri lankaises	LKA	Sri Lanka	demonym	-
sri-lankais	LKA	Sri Lanka	demonym	-
sri-lankaise	LKA	Sri Lanka	demonym	-
sri-lankaises	LKA	Sri Lanka	demonym	-
srilankais	LKA	Sri Lanka	demonym	-
srilankaise	LKA	Sri Lanka	demonym	-
srilankaises	LKA	Sri Lanka	demonym	-
taïwanais	TWN	Taiwan	demonym	-
taïwanaise	TWN	Taiwan	demonym	-
taïwanaises	TWN	Taiwan	demonym	-
tadjik	TJK	Tajikistan	demonym	-
tadjike	TJK	Tajikistan	demonym	-
tadjikes	TJK	Tajikistan	demonym	-
tadjiks	TJK	Tajikistan	demonym	-
thaïlandais	THA	Thailand	demonym	-
thaïlandaise	THA	Thailand	demonym	-
thaïlandaises	THA	Thailand	demonym	-
est timorais	TLS	Timor-Leste	demonym	-
est timoraise	TLS	Timor-Leste	demonym	-
est timoraises	TLS	Timor-Leste	demonym	-
est-timorais	TLS	Timor-Leste	demonym	-
est-timoraise	TLS	Timor-Leste	demonym	-
est-timoraises	TLS	Timor-Leste	demonym	-
timorais	TLS	Timor-Leste	demonym	-
timoraise	TLS	Timor-Leste	demonym	-
timoraises	TLS	Timor-Leste	demonym	-
tongien	TON	Tonga	demonym	-
tongienne	TON	Tonga	demonym	-
tongiennes	TON	Tonga	demonym	-
tongiens	TON	Tonga	demonym	-
turkmène	TKM	Turkmenistan	demonym	-
turkmènes	TKM	Turkmenistan	demonym	-
tuvaluane	TUV	Tuvalu	demonym	-
tuvaluanes	TUV	Tuvalu	demonym	-
ouzbek	UZB	Uzbekistan	demonym	-
ouzbeke	UZB	Uzbekistan	demonym	-
ouzbèke	UZB	Uzbekistan	demonym	-
ouzbekes	UZB	Uzbekistan	demonym	-
ouzbèkes	UZB	Uzbekistan	demonym	-
ouzbékistanais	UZB	Uzbekistan	demonym	-
ouzbékistanaise	UZB	Uzbekistan	demonym	-
ouzbékistanaises	UZB	Uzbekistan	demonym	-
ouzbeks	UZB	Uzbekistan	demonym	-
vanuatais	VUT	Vanuatu	demonym	-
vanuataise	VUT	Vanuatu	demonym	-
vanuataises	VUT	Vanuatu	demonym	-
vietnamien	VNM	Vietnam	demonym	-
vietnamienne	VNM	Vietnam	demonym	-
vietnamiennes	VNM	Vietnam	demonym	-
vietnamiens	VNM	Vietnam	demonym	-
antiguais	ATG	Antigua and Barbuda	demonym	-
antiguaise	ATG	Antigua and Barbuda	demonym	-
antiguaises	ATG	Antigua and Barbuda	demonym	-
argentin	ARG	Argentina	demonym	-
argentins	ARG	Argentina	demonym	-
bahaméen	BHS	Bahamas	demonym	-
bahaméenne	BHS	Bahamas	demonym	-
bahaméennes	BHS	Bahamas	demonym	-
bahaméens	BHS	Bahamas	demonym	-
barbadien	BRB	Barbados	demonym	-
barbadienne	BRB	Barbados	demonym	-
barbadiennes	BRB	Barbados	demonym	-
barbadiens	BRB	Barbados	demonym	-
bélizien	BLZ	Belize	demonym	-
bélizienne	BLZ	Belize	demonym	-
béliziennes	BLZ	Belize	demonym	-
béliziens	BLZ	Belize	demonym	-
bolivien	BOL	Bolivia	demonym	-
bolivienne	BOL	Bolivia	demonym	-
boliviennes	BOL	Bolivia	demonym	-
boliviens	BOL	Bolivia	demonym	-
brésilien	BRA	Brazil	demonym	-
brésilienne	BRA	Brazil	demonym	-
brésiliennes	BRA	Brazil	demonym	-
brésiliens	BRA	Brazil	demonym	-
canadien	CAN	Canada	demonym	-
canadienne	CAN	Canada	demonym	-
canadiennes	CAN	Canada	demonym	-
canadiens	CAN	Canada	demonym	-
chilien	CHL	Chile	demonym	-
chilienne	CHL	Chile	demonym	-
chiliennes	CHL	Chile	demonym	-
chiliens	CHL	Chile	demonym	-
colombien	COL	Colombia	demonym	-
colombienne	COL	Colombia	demonym	-
colombiennes	COL	Colombia	demonym	-
colombiens	COL	Colombia	demonym	-
costaricain	CRI	Costa Rica	demonym	-
costaricaine	CRI	Costa Rica	demonym	-
costaricaines	CRI	Costa Rica	demonym	-
costaricains	CRI	Costa Rica	demonym	-
costaricien	CRI	Costa Rica	demonym	-
costaricienne	CRI	Costa Rica	demonym	-
costariciennes	CRI	Costa Rica	demonym	-
costariciens	CRI	Costa Rica	demonym	-
cubain	CUB	Cuba	demonym	-
cubaine	CUB	Cuba	demonym	-
cubaines	CUB	Cuba	demonym	-
cubains	CUB	Cuba	demonym	-
dominiquais	DMA	Dominica	demonym	-
dominiquaise	DMA	Dominica	demonym	-
dominiquaises	DMA	Dominica	demonym	-
dominicain	DOM	Dominican Republic	demonym	-
dominicaine	DOM	Dominican Republic	demonym	-
dominicaines	DOM	Dominican Republic	demonym	-
dominicains	DOM	Dominican Republic	demonym	-
équatorien	ECU	Ecuador	demonym	-
équatorienne	ECU	Ecuador	demonym	-
équatoriennes	ECU	Ecuador	demonym	-
équatoriens	ECU	Ecuador	demonym	-
salvadorien	SLV	El Salvador	demonym	-
salvadorienne	SLV	El Salvador	demonym	-
salvadoriennes	SLV	El Salvador	demonym	-
salvadoriens	SLV	El Salvador	demonym	-
grenadien	GRD	Grenada	demonym	-
grenadienne	GRD	Grenada	demonym	-
grenadiennes	GRD	Grenada	demonym	-
grenadiens	GRD	Grenada	demonym	-
guatémaltèque	GTM	Guatemala	demonym	-
guatémaltèques	GTM	Guatemala	demonym	-
guyanien	GUY	Guyana	demonym	-
guyanienne	GUY	Guyana	demonym	-
guyaniennes	GUY	Guyana	demonym	-
guyaniens	GUY	Guyana	demonym	-
haïtien	HTI	Haiti	demonym	-
haïtienne	HTI	Haiti	demonym	-
haïtiennes	HTI	Haiti	demonym	-
haïtiens	HTI	Haiti	demonym	-
hondurien	HND	Honduras	demonym	-
hondurienne	HND	Honduras	demonym	-
honduriennes	HND	Honduras	demonym	-
honduriens	HND	Honduras	demonym	-
jamaïcain	JAM	Jamaica	demonym	-
jamaïcaine	JAM	Jamaica	demonym	-
jamaïcaines	JAM	Jamaica	demonym	-
jamaïcains	JAM	Jamaica	demonym	-
mexicain	MEX	Mexico	demonym	-
mexicaine	MEX	Mexico	demonym	-
mexicaines	MEX	Mexico	demonym	-
mexicains	MEX	Mexico	demonym	-
nicaraguayen	NIC	Nicaragua	demonym	-
nicaraguayenne	NIC	Nicaragua	demonym	-
nicaraguayennes	NIC	Nicaragua	demonym	-
nicaraguayens	NIC	Nicaragua	demonym	-
panaméen	PAN	Panama	demonym	-
panaméenne	PAN	Panama	demonym	-
panaméennes	PAN	Panama	demonym	-
panaméens	PAN	Panama	demonym	-
paraguayen	PRY	Paraguay	demonym	-
paraguayenne	PRY	Paraguay	demonym	-
paraguayennes	PRY	Paraguay	demonym	-
paraguayens	PRY	Paraguay	demonym	-
péruvien	PER	Peru	demonym	-
péruvienne	PER	Peru	demonym	-
péruviennes	PER	Peru	demonym	-
péruviens	PER	Peru	demonym	-
kittitien	KNA	Saint Kitts and Nevis	demonym	-
kittitienne	KNA	Saint Kitts and Nevis	demonym	-
kittitiennes	KNA	Saint Kitts and Nevis	demonym	-
kittitiens	KNA	Saint Kitts and Nevis	demonym	-
saint lucien	LCA	Saint Lucia	demonym	-
saint lucienne	LCA	Saint Lucia	demonym	-
saint luciennes	LCA	Saint Lucia	demonym	-
saint luciens	LCA	Saint Lucia	demonym	-
saint-lucien	LCA	Saint Lucia	demonym	-
saint-lucienne	LCA	Saint Lucia	demonym	-
saint-luciennes	LCA	Saint Lucia	demonym	-
saint-luciens	LCA	Saint Lucia	demonym	-
vincentais	VCT	Saint Vincent and the Grenadines	demonym	-
vincentaise	VCT	Saint Vincent and the Grenadines	demonym	-
vincentaises	VCT	Saint Vincent and the Grenadines	demonym	-
surinamais	SUR	Suriname	demonym	-
surinamaise	SUR	Suriname	demonym	-
surinamaises	SUR	Suriname	demonym	-
trinidadien	TTO	Trinidad and Tobago	demonym	-
trinidadienne	TTO	Trinidad and Tobago	demonym	-
trinidadiennes	TTO	Trinidad and Tobago	demonym	-
trinidadiens	TTO	Trinidad and Tobago	demonym	-
américain	USA	United States	demonym	-
américaine	USA	United States	demonym	-
américaines	USA	United States	demonym	-
américains	USA	United States	demonym	-
étasunien	USA	United States	demonym	-
étasunienne	USA	United States	demonym	-
étasuniennes	USA	United States	demonym	-
étasuniens	USA	United States	demonym	-
états unien	USA	United States	demonym	-
états unienne	USA	United States	demonym	-
états uniennes	USA	United States	demonym	-
états uniens	USA	United States	demonym	-
états-unien	USA	United States	demonym	-
états-unienne	USA	United States	demonym	-
états-uniennes	USA	United States	demonym	-
états-uniens	USA	United States	demonym	-
étatsunien	USA	United States	demonym	-
étatsunienne	USA	United States	demonym	-
étatsuniennes	USA	United States	demonym	-
étatsuniens	USA	United States	demonym	-
uruguayen	URY	Uruguay	demonym	-
uruguayenne	URY	Uruguay	demonym	-
uruguayennes	URY	Uruguay	demonym	-
uruguayens	URY	Uruguay	demonym	-
vénézuélien	VEN	Venezuela	demonym	-
vénézuélienne	VEN	Venezuela	demonym	-
vénézuéliennes	VEN	Venezuela	demonym	-
vénézuéliens	VEN	Venezuela	demonym	-

# Non-state armed groups, militias and parties.
Da'ech	IMGMUSISI	Islamic State	group	-
Daech	IMGMUSISI	Islamic State	group	-
Daëch	IMGMUSISI	Islamic State	group	-
Daich	IMGMUSISI	Islamic State	group	-
EI	IMGMUSISI	Islamic State	group	-
EIIL	IMGMUSISI	Islamic State	group	-
Etat islamique	IMGMUSISI	Islamic State	group	-
État islamique	IMGMUSISI	Islamic State	group	-
État islamique d'Irak	IMGMUSISI	Islamic State	group	-
État islamique en Irak et au Levant	IMGMUSISI	Islamic State	group	-
État islamique en Irak et en Syrie	IMGMUSISI	Islamic State	group	-
groupe EI	IMGMUSISI	Islamic State	group	-
groupe État islamique	IMGMUSISI	Islamic State	group	-
Organisation de l'État islamique	IMGMUSISI	Islamic State	group	-
Organisation État islamique	IMGMUSISI	Islamic State	group	-
EIAO	IMGMUSISI	Islamic State West Africa Province	group	-
État islamique en Afrique de l'Ouest	IMGMUSISI	Islamic State West Africa Province	group	-
État islamique province d'Afrique de l'Ouest	IMGMUSISI	Islamic State West Africa Province	group	-
Province d'Afrique de l'Ouest de l'État islamique	IMGMUSISI	Islamic State West Africa Province	group	-
Province de l'État islamique en Afrique de l'Ouest	IMGMUSISI	Islamic State West Africa Province	group	-
EIGS	IMGMUSISI	Islamic State Sahel Province	group	-
EIS	IMGMUSISI	Islamic State Sahel Province	group	-
État islamique au Grand Sahara	IMGMUSISI	Islamic State Sahel Province	group	-
État islamique au Sahel	IMGMUSISI	Islamic State Sahel Province	group	-
État islamique dans le Grand Sahara	IMGMUSISI	Islamic State Sahel Province	group	-
État islamique province du Sahel	IMGMUSISI	Islamic State Sahel Province	group	-
Province du Sahel de l'État islamique	IMGMUSISI	Islamic State Sahel Province	group	-
EI Khorasan	IMGMUSISI	Islamic State Khorasan Province	group	-
EI-K	IMGMUSISI	Islamic State Khorasan Province	group	-
EI-Khorasan	IMGMUSISI	Islamic State Khorasan Province	group	-
EIK	IMGMUSISI	Islamic State Khorasan Province	group	-
État islamique au Khorasan	IMGMUSISI	Islamic State Khorasan Province	group	-
État islamique au Khorassan	IMGMUSISI	Islamic State Khorasan Province	group	-
État islamique Khorasan	IMGMUSISI	Islamic State Khorasan Province	group	-
État islamique province du Khorasan	IMGMUSISI	Islamic State Khorasan Province	group	-
État islamique-Khorasan	IMGMUSISI	Islamic State Khorasan Province	group	-
Province du Khorasan de l'État islamique	IMGMUSISI	Islamic State Khorasan Province	group	-
Ansar Beït al Maqdess	IMGMUSISI	Islamic State Sinai Province	group	-
Ansar Beït al-Maqdess	IMGMUSISI	Islamic State Sinai Province	group	-
État islamique au Sinaï	IMGMUSISI	Islamic State Sinai Province	group	-
Province du Sinaï de l'État islamique	IMGMUSISI	Islamic State Sinai Province	group	-
Wilayat Sinaï	IMGMUSISI	Islamic State Sinai Province	group	-
État islamique en Afrique centrale	IMGMUSISI	Islamic State Central Africa Province	group	-
État islamique province d'Afrique centrale	IMGMUSISI	Islamic State Central Africa Province	group	-
Province d'Afrique centrale de l'État islamique	IMGMUSISI	Islamic State Central Africa Province	group	-
État islamique en Somalie	IMGMUSISI	Islamic State Somalia Province	group	-
Province de Somalie de l'État islamique	IMGMUSISI	Islamic State Somalia Province	group	-
État islamique au Mozambique	IMGMUSISI	Islamic State Mozambique Province	group	-
Province du Mozambique de l'État islamique	IMGMUSISI	Islamic State Mozambique Province	group	-
al Qaïda	IMGMUSALQ	al-Qaeda	group	-
al-Qaïda	IMGMUSALQ	al-Qaeda	group	-
Alqaïda	IMGMUSALQ	al-Qaeda	group	-
Qaïda	IMGMUSALQ	al-Qaeda	group	-
al Qaida en Irak	IMGMUSALQ	al-Qaeda in Iraq	group	-
al Qaïda en Irak	IMGMUSALQ	al-Qaeda in Iraq	group	-
al-Qaida en Irak	IMGMUSALQ	al-Qaeda in Iraq	group	-
al-Qaïda en Irak	IMGMUSALQ	al-Qaeda in Iraq	group	-
al Qaida dans le sous continent indien	IMGMUSALQ	al-Qaeda in the Indian Subcontinent	group	-
al Qaïda dans le sous continent indien	IMGMUSALQ	al-Qaeda in the Indian Subcontinent	group	-
al-Qaida dans le sous-continent indien	IMGMUSALQ	al-Qaeda in the Indian Subcontinent	group	-
al-Qaïda dans le sous-continent indien	IMGMUSALQ	al-Qaeda in the Indian Subcontinent	group	-
al Qaida au Maghreb islamique	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al Qaïda au Maghreb islamique	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al-Qaida au Maghreb islamique	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al-Qaïda au Maghreb islamique	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
AQMI	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al Qaida dans la péninsule Arabique	IMGMUSAQP	al-Qaeda in the Arabian Peninsula	group	-
al Qaïda dans la péninsule Arabique	IMGMUSAQP	al-Qaeda in the Arabian Peninsula	group	-
al-Qaida dans la péninsule Arabique	IMGMUSAQP	al-Qaeda in the Arabian Peninsula	group	-
al-Qaïda dans la péninsule Arabique	IMGMUSAQP	al-Qaeda in the Arabian Peninsula	group	-
AQPA	IMGMUSAQP	al-Qaeda in the Arabian Peninsula	group	-
Groupe de soutien à l'islam et aux musulmans	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
GSIM	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Front de libération du Macina	MLIREB	Katiba Macina	group	-
katiba du Macina	MLIREB	Katiba Macina	group	-
Mouvement pour l'unicité et le djihad en Afrique de l'Ouest	MLIREB	Movement for Oneness and Jihad in West Africa (MUJAO)	group	-
Mouvement pour l'unicité et le jihad en Afrique de l'Ouest	MLIREB	Movement for Oneness and Jihad in West Africa (MUJAO)	group	-
Mouvement national de libération de l'Azawad	MLIREB	National Movement for the Liberation of Azawad	group	-
Mouvement national pour la libération de l'Azawad	MLIREB	National Movement for the Liberation of Azawad	group	-
Coordination des mouvements de l'Azawad	MLIREB	Coordination of Azawad Movements	group	-
Haut Conseil pour l'unicité de l'Azawad	MLIREB	High Council for the Unity of Azawad	group	-
Haut Conseil pour l'unité de l'Azawad	MLIREB	High Council for the Unity of Azawad	group	-
Front de libération de l'Azawad	MLIREB	Azawad Liberation Front	group	-
Volontaires pour la défense de la patrie	BFAMIL	Volunteers for the Defence of the Homeland (VDP)	group	-
Peuple indigène du Biafra	NGAREB	Indigenous People of Biafra	group	-
Mouvement pour l'émancipation du delta du Niger	NGAREB	Movement for the Emancipation of the Niger Delta	group	-
Forces de défense de l'Ambazonie	CMRREB	Ambazonian separatists	group	-
Retour, réclamation et réhabilitation	CAFREB	Return, Reclamation and Rehabilitation (3R)	group	-
Union pour la paix en Centrafrique	CAFREB	Union for Peace in the Central African Republic	group	-
Unité pour la paix en Centrafrique	CAFREB	Union for Peace in the Central African Republic	group	-
Coalition des patriotes pour le changement	CAFREB	Coalition of Patriots for Change	group	-
Front populaire pour la renaissance de la Centrafrique	CAFREB	Popular Front for the Rebirth of the Central African Republic	group	-
FACT	TCDREB	Front for Change and Concord in Chad	group	-
Front pour l'alternance et la concorde au Tchad	TCDREB	Front for Change and Concord in Chad	group	-
Front révolutionnaire uni	SLEREB	Revolutionary United Front	group	-
Libériens unis pour la réconciliation et la démocratie	LBRREB	Liberians United for Reconciliation and Democracy	group	-
Front national patriotique du Liberia	LBRREB	National Patriotic Front of Liberia	group	-
Front Polisario	MARREB	Polisario Front	group	-
Groupe islamique armé	DZAREB	Armed Islamic Group (GIA)	group	-
Groupe salafiste pour la prédication et le combat	DZAREB	Salafist Group for Preaching and Combat	group	-
Armée islamique du salut	DZAREB	Islamic Salvation Army	group	-
Front islamique du salut	DZAOPP	Islamic Salvation Front	group	-
Aube de la Libye	LBYREB	Libya Dawn	group	-
ANL	LBYMIL	Libyan National Army (Haftar's forces)	group	-
Armée nationale libyenne	LBYMIL	Libyan National Army (Haftar's forces)	group	-
Forces armées arabes libyennes	LBYMIL	Libyan National Army (Haftar's forces)	group	-
al Chabab	SOMREB	al-Shabaab	group	-
al-Chabab	SOMREB	al-Shabaab	group	-
Chabab	SOMREB	al-Shabaab	group	-
chebab	SOMREB	al-Shabaab	group	-
chebabs	SOMREB	al-Shabaab	group	-
shababs	SOMREB	al-Shabaab	group	-
shebab	SOMREB	al-Shabaab	group	-
shebabs	SOMREB	al-Shabaab	group	-
Union des tribunaux islamiques	SOMREB	Islamic Courts Union	group	-
FPLT	ETHREB	Tigray People's Liberation Front	group	-
Front populaire de libération du Tigré	ETHREB	Tigray People's Liberation Front	group	-
Forces de défense du Tigré	ETHREB	Tigray Defence Forces	group	-
Forces tigréennes de défense	ETHREB	Tigray Defence Forces	group	-
Armée de libération oromo	ETHREB	Oromo Liberation Army	group	-
Front de libération oromo	ETHREB	Oromo Liberation Front	group	-
FNLO	ETHREB	Ogaden National Liberation Front	group	-
Front national de libération de l'Ogaden	ETHREB	Ogaden National Liberation Front	group	-
Forces d'appui rapide	SDNREB	Rapid Support Forces	group	-
Forces de soutien rapide	SDNREB	Rapid Support Forces	group	-
FSR	SDNREB	Rapid Support Forces	group	-
Djandjawid	SDNREB	Janjaweed	group	-
Djandjawids	SDNREB	Janjaweed	group	-
Djanjawid	SDNREB	Janjaweed	group	-
Djanjawids	SDNREB	Janjaweed	group	-
Janjawids	SDNREB	Janjaweed	group	-
MJE	SDNREB	Justice and Equality Movement	group	-
Mouvement pour la justice et l'égalité	SDNREB	Justice and Equality Movement	group	-
Armée de libération du Soudan	SDNREB	Sudan Liberation Movement/Army	group	-
Mouvement de libération du Soudan	SDNREB	Sudan Liberation Movement/Army	group	-
Mouvement/Armée de libération du Soudan	SDNREB	Sudan Liberation Movement/Army	group	-
Mouvement populaire de libération du Soudan Nord	SDNREB	Sudan People's Liberation Movement-North	group	-
Mouvement populaire de libération du Soudan-Nord	SDNREB	Sudan People's Liberation Movement-North	group	-
SPLM Nord	SDNREB	Sudan People's Liberation Movement-North	group	-
SPLM-Nord	SDNREB	Sudan People's Liberation Movement-North	group	-
APLS	SSDMIL	Sudan People's Liberation Army	group	-
Armée populaire de libération du Soudan	SSDMIL	Sudan People's Liberation Army	group	-
Mouvement populaire de libération du Soudan en opposition	SSDREB	SPLM/A in Opposition	group	-
SPLM en opposition	SSDREB	SPLM/A in Opposition	group	-
Armée blanche	SSDREB	White Army	group	-
Mouvement du 23 mars	CODREB	March 23 Movement (M23)	group	-
Mouvement du 23-Mars	CODREB	March 23 Movement (M23)	group	-
Forces démocratiques alliées	CODREB	Allied Democratic Forces	group	-
Forces démocratiques de libération du Rwanda	RWAREB	Democratic Forces for the Liberation of Rwanda	group	-
Congrès national pour la défense du peuple	CODREB	National Congress for the Defence of the People	group	-
Coopérative pour le développement du Congo	CODREB	CODECO	group	-
Rassemblement congolais pour la démocratie	CODREB	Congolese Rally for Democracy	group	-
Mouvement de libération du Congo	CODREB	Movement for the Liberation of the Congo	group	-
Alliance des forces démocratiques pour la libération du Congo	CODREB	Alliance of Democratic Forces for the Liberation of Congo	group	-
Alliance des forces démocratiques pour la libération du Congo Zaïre	CODREB	Alliance of Democratic Forces for the Liberation of Congo	group	-
Alliance des forces démocratiques pour la libération du Congo-Zaïre	CODREB	Alliance of Democratic Forces for the Liberation of Congo	group	-
Armée de résistance du Seigneur	UGAREB	Lord's Resistance Army	group	-
Forces nationales de libération	BDIREB	National Forces of Liberation (FNL)	group	-
Résistance nationale mozambicaine	MOZREB	Renamo	group	-
Union nationale pour l'indépendance totale de l'Angola	AGOREB	UNITA	group	-
Front de libération de l'enclave de Cabinda	AGOREB	Front for the Liberation of the Enclave of Cabinda	group	-
mouvement Amal	LBNREB	Amal Movement	group	-
Armée du Liban Sud	LBNREB	South Lebanon Army	group	-
Armée du Liban-Sud	LBNREB	South Lebanon Army	group	-
Mouvement de la résistance islamique	PSEREB	Hamas	group	-
brigades al Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
brigades al-Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Brigades Ezzedine al Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Brigades Ezzedine al-Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Brigades Izz al Din al Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Brigades Izz al-Din al-Qassam	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Brigades al Qods	PSEREB	Palestinian Islamic Jihad	group	-
Brigades al-Qods	PSEREB	Palestinian Islamic Jihad	group	-
Djihad islamique	PSEREB	Palestinian Islamic Jihad	group	-
Djihad islamique palestinien	PSEREB	Palestinian Islamic Jihad	group	-
Jihad islamique	PSEREB	Palestinian Islamic Jihad	group	-
Jihad islamique palestinien	PSEREB	Palestinian Islamic Jihad	group	-
Mouvement du jihad islamique en Palestine	PSEREB	Palestinian Islamic Jihad	group	-
Brigades des martyrs d'al Aqsa	PSEREB	Al-Aqsa Martyrs' Brigades	group	-
Brigades des martyrs d'al-Aqsa	PSEREB	Al-Aqsa Martyrs' Brigades	group	-
FPLP	PSEREB	Popular Front for the Liberation of Palestine	group	-
Front populaire de libération de la Palestine	PSEREB	Popular Front for the Liberation of Palestine	group	-
FDLP	PSEREB	Democratic Front for the Liberation of Palestine	group	-
Front démocratique de libération de la Palestine	PSEREB	Democratic Front for the Liberation of Palestine	group	-
Front démocratique pour la libération de la Palestine	PSEREB	Democratic Front for the Liberation of Palestine	group	-
Fatah Conseil révolutionnaire	PSEREB	Abu Nidal Organization	group	-
Fatah-Conseil révolutionnaire	PSEREB	Abu Nidal Organization	group	-
Organisation Abou Nidal	PSEREB	Abu Nidal Organization	group	-
Antre des lions	PSEREB	Lions' Den	group	-
Fosse aux lions	PSEREB	Lions' Den	group	-
Repaire des lions	PSEREB	Lions' Den	group	-
Bataillon de Jénine	PSEREB	Jenin Brigade	group	-
Brigade de Jénine	PSEREB	Jenin Brigade	group	-
Brigades de Jénine	PSEREB	Jenin Brigade	group	-
OLP	PSEGOV	Palestine Liberation Organization	group	-
Organisation de libération de la Palestine	PSEGOV	Palestine Liberation Organization	group	-
FDS	SYRREB	Syrian Democratic Forces	group	-
Forces démocratiques syriennes	SYRREB	Syrian Democratic Forces	group	-
Unités de défense du peuple	SYRREB	People's Protection Units (YPG)	group	-
Unités de protection de la femme	SYRREB	People's Protection Units (YPG)	group	-
Unités de protection du peuple	SYRREB	People's Protection Units (YPG)	group	-
Parti de l'union démocratique	SYRREB	Democratic Union Party (PYD)	group	-
Organisation de libération du Cham	SYRREB	Hayat Tahrir al-Sham	group	-
Organisation de libération du Levant	SYRREB	Hayat Tahrir al-Sham	group	-
Organisation pour la libération du Levant	SYRREB	Hayat Tahrir al-Sham	group	-
Front al Nosra	SYRREB	al-Nusra Front	group	-
Front al Nusra	SYRREB	al-Nusra Front	group	-
Front al-Nosra	SYRREB	al-Nusra Front	group	-
Front al-Nusra	SYRREB	al-Nusra Front	group	-
Front Fatah al Cham	SYRREB	al-Nusra Front	group	-
Front Fatah al-Cham	SYRREB	al-Nusra Front	group	-
Front Fateh al Cham	SYRREB	al-Nusra Front	group	-
Front Fateh al-Cham	SYRREB	al-Nusra Front	group	-
Front pour la conquête du Levant	SYRREB	al-Nusra Front	group	-
Armée syrienne libre	SYRREB	Free Syrian Army	group	-
ASL	SYRREB	Free Syrian Army	group	-
Armée nationale syrienne	SYRREB	Syrian National Army	group	-
Armée de l'islam	SYRREB	Jaysh al-Islam	group	-
Gardiens de la religion	SYRREB	Hurras al-Din	group	-
chabbiha	SYRMIL	Shabiha (pro-government militia)	group	-
chabiha	SYRMIL	Shabiha (pro-government militia)	group	-
chabihas	SYRMIL	Shabiha (pro-government militia)	group	-
Coalition nationale de l'opposition syrienne	SYROPP	Syrian National Coalition	group	-
Coalition nationale des forces de la révolution et de l'opposition syriennes	SYROPP	Syrian National Coalition	group	-
Coalition nationale syrienne	SYROPP	Syrian National Coalition	group	-
Conseil national syrien	SYROPP	Syrian National Coalition	group	-
Forces de mobilisation populaire	IRQMIL	Popular Mobilization Forces	group	-
Unités de mobilisation populaire	IRQMIL	Popular Mobilization Forces	group	-
Brigades du Hezbollah	IRQMIL	Kata'ib Hezbollah	group	-
Brigades Hezbollah	IRQMIL	Kata'ib Hezbollah	group	-
Ligue des vertueux	IRQMIL	Asa'ib Ahl al-Haq	group	-
brigade Badr	IRQMIL	Badr Organization	group	-
brigades Badr	IRQMIL	Badr Organization	group	-
organisation Badr	IRQMIL	Badr Organization	group	-
Armée du Mahdi	IRQREB	Mahdi Army	group	-
Résistance islamique en Irak	IRQREB	Islamic Resistance in Iraq	group	-
Ansarallah	YEMREB	Houthis (Ansar Allah)	group	-
houthie	YEMREB	Houthis (Ansar Allah)	group	-
houthies	YEMREB	Houthis (Ansar Allah)	group	-
houthiste	YEMREB	Houthis (Ansar Allah)	group	-
houthistes	YEMREB	Houthis (Ansar Allah)	group	-
Conseil de transition du Sud	YEMREB	Southern Transitional Council	group	-
Conseil de transition sudiste	YEMREB	Southern Transitional Council	group	-
Conseil transitionnel du Sud	YEMREB	Southern Transitional Council	group	-
Parti des travailleurs du Kurdistan	TURREB	Kurdistan Workers' Party (PKK)	group	-
Parti Front révolutionnaire de libération du peuple	TURREB	Revolutionary People's Liberation Party-Front	group	-
Parti-Front révolutionnaire de libération du peuple	TURREB	Revolutionary People's Liberation Party-Front	group	-
Moudjahidine du peuple	IRNREB	People's Mujahedin of Iran (MEK)	group	-
Moudjahidines du peuple	IRNREB	People's Mujahedin of Iran (MEK)	group	-
Organisation des moudjahidines du peuple iranien	IRNREB	People's Mujahedin of Iran (MEK)	group	-
Armée de la justice	IRNREB	Jaish al-Adl	group	-
Émirat islamique d'Afghanistan	AFGREB	Taliban	group	-
talibane	AFGREB	Taliban	group	-
talibanes	AFGREB	Taliban	group	-
clan Haqqani	AFGREB	Haqqani network	group	-
réseau Haqqani	AFGREB	Haqqani network	group	-
Alliance du Nord	AFGREB	Northern Alliance	group	-
Front national de résistance	AFGREB	National Resistance Front of Afghanistan	group	-
Mouvement des talibans du Pakistan	PAKREB	Tehrik-e-Taliban Pakistan	group	-
talibans pakistanais	PAKREB	Tehrik-e-Taliban Pakistan	group	-
Armée de libération baloutche	PAKREB	Baloch Liberation Army	group	-
Armée de libération du Baloutchistan	PAKREB	Baloch Liberation Army	group	-
naxaliste	INDREB	Naxalite insurgents	group	-
naxalistes	INDREB	Naxalite insurgents	group	-
Tigres de libération de l'Eelam tamoul	LKAREB	Liberation Tigers of Tamil Eelam	group	-
Tigres tamouls	LKAREB	Liberation Tigers of Tamil Eelam	group	-
Abou Sayyaf	PHLREB	Abu Sayyaf	group	-
Front de libération islamique moro	PHLREB	Moro Islamic Liberation Front	group	-
Front Moro islamique de libération	PHLREB	Moro Islamic Liberation Front	group	-
Nouvelle armée du peuple	PHLREB	New People's Army	group	-
groupe Maute	PHLREB	Maute group	group	-
Mouvement Aceh libre	IDNREB	Free Aceh Movement	group	-
Mouvement pour un Aceh libre	IDNREB	Free Aceh Movement	group	-
Mouvement islamique d'Ouzbékistan	UZBREB	Islamic Movement of Uzbekistan	group	-
Armée d'Arakan	MMRREB	Arakan Army	group	-
Armée de l'Arakan	MMRREB	Arakan Army	group	-
Armée de l'indépendance kachin	MMRREB	Kachin Independence Army	group	-
Armée indépendante kachin	MMRREB	Kachin Independence Army	group	-
Armée pour l'indépendance kachin	MMRREB	Kachin Independence Army	group	-
Armée de libération nationale karen	MMRREB	Karen National Union	group	-
Union nationale karen	MMRREB	Karen National Union	group	-
Armée de libération nationale ta'ang	MMRREB	Ta'ang National Liberation Army	group	-
Armée de l'alliance nationale démocratique du Myanmar	MMRREB	Myanmar National Democratic Alliance Army	group	-
Armée unie de l'État wa	MMRREB	United Wa State Army	group	-
Force de défense du peuple	MMRREB	People's Defence Force	group	-
Forces de défense du peuple	MMRREB	People's Defence Force	group	-
Armée du salut des Rohingya de l'Arakan	MMRREB	Arakan Rohingya Salvation Army	group	-
Armée du salut des Rohingyas de l'Arakan	MMRREB	Arakan Rohingya Salvation Army	group	-
Armée du salut rohingya de l'Arakan	MMRREB	Arakan Rohingya Salvation Army	group	-
Alliance de la fraternité	MMRREB	Three Brotherhood Alliance	group	-
Alliance des trois fraternités	MMRREB	Three Brotherhood Alliance	group	-
Alliance des Trois Frères	MMRREB	Three Brotherhood Alliance	group	-
Forces armées révolutionnaires de Colombie	COLREB	Revolutionary Armed Forces of Colombia (FARC)	group	-
Armée de libération nationale	COLREB	National Liberation Army (ELN)	group	-
Autodéfenses unies de Colombie	COLREB	United Self-Defense Forces of Colombia	group	-
Clan du Golfe	COLCRM	Gulf Clan	group	-
Sentier lumineux	PERREB	Shining Path	group	-
Mouvement révolutionnaire Tupac Amaru	PERREB	Tupac Amaru Revolutionary Movement	group	-
Armée zapatiste de libération nationale	MEXREB	Zapatista Army of National Liberation	group	-
zapatiste	MEXREB	Zapatista Army of National Liberation	group	-
zapatistes	MEXREB	Zapatista Army of National Liberation	group	-
cartel de Sinaloa	MEXCRM	Sinaloa Cartel	group	-
cartel Jalisco Nouvelle Génération	MEXCRM	Jalisco New Generation Cartel	group	-
groupe Wagner	RUSMIL	Wagner Group	group	-
milice Wagner	RUSMIL	Wagner Group	group	-
paramilitaires de Wagner	RUSMIL	Wagner Group	group	-
société militaire privée Wagner	RUSMIL	Wagner Group	group	-
bataillon Azov	UKRMIL	Azov Regiment	group	-
brigade Azov	UKRMIL	Azov Regiment	group	-
régiment Azov	UKRMIL	Azov Regiment	group	-
République populaire de Donetsk	UKRREB	Donetsk People's Republic (separatists)	group	-
RPD	UKRREB	Donetsk People's Republic (separatists)	group	-
République populaire de Lougansk	UKRREB	Luhansk People's Republic (separatists)	group	-
République populaire de Louhansk	UKRREB	Luhansk People's Republic (separatists)	group	-
RPL	UKRREB	Luhansk People's Republic (separatists)	group	-
Corps des volontaires russes	RUSREB	Russian Volunteer Corps	group	-
Légion Liberté de la Russie	RUSREB	Freedom of Russia Legion	group	-
Légion Liberté pour la Russie	RUSREB	Freedom of Russia Legion	group	-
Légion pour la liberté de la Russie	RUSREB	Freedom of Russia Legion	group	-
Armée de libération du Kosovo	SRBREB	Kosovo Liberation Army	group	-
Armée républicaine irlandaise	GBRREB	Irish Republican Army	group	-

# Named state forces and agencies.
FDI	ISRMIL	Israel Defense Forces	government	-
Forces de défense d'Israël	ISRMIL	Israel Defense Forces	government	-
Forces de défense israéliennes	ISRMIL	Israel Defense Forces	government	-
Forces armées de la République démocratique du Congo	CODMIL	Armed Forces of the DR Congo (FARDC)	government	-
Forces armées maliennes	MLIMIL	Malian Armed Forces (FAMa)	government	-
Forces armées soudanaises	SDNMIL	Sudanese Armed Forces	government	-
Forces de défense du peuple sud soudanais	SSDMIL	South Sudan People's Defence Forces	government	-
Forces de défense du peuple sud-soudanais	SSDMIL	South Sudan People's Defence Forces	government	-
Force de défense nationale éthiopienne	ETHMIL	Ethiopian National Defense Force	government	-
Forces de défense nationale éthiopiennes	ETHMIL	Ethiopian National Defense Force	government	-
Force de défense rwandaise	RWAMIL	Rwanda Defence Force	government	-
Forces de défense rwandaises	RWAMIL	Rwanda Defence Force	government	-
Forces de défense du peuple ougandais	UGAMIL	Uganda People's Defence Force	government	-
Forces armées centrafricaines	CAFMIL	Central African Armed Forces	government	-
CGRI	IRNMIL	Islamic Revolutionary Guard Corps	government	-
Corps des gardiens de la révolution islamique	IRNMIL	Islamic Revolutionary Guard Corps	government	-
Garde révolutionnaire	IRNMIL	Islamic Revolutionary Guard Corps	government	-
Gardiens de la révolution	IRNMIL	Islamic Revolutionary Guard Corps	government	-
Gardiens de la révolution islamique	IRNMIL	Islamic Revolutionary Guard Corps	government	-
Force al Qods	IRNMIL	Quds Force	government	-
Force al-Qods	IRNMIL	Quds Force	government	-
force Qods	IRNMIL	Quds Force	government	-
Pentagone	USAMIL	U.S. Department of Defense	government	-
force Barkhane	FRAMIL	Operation Barkhane (French forces)	government	-
opération Barkhane	FRAMIL	Operation Barkhane (French forces)	government	-
force Serval	FRAMIL	Operation Serval (French forces)	government	-
opération Serval	FRAMIL	Operation Serval (French forces)	government	-
opération Sangaris	FRAMIL	Operation Sangaris (French forces)	government	-
Autorité nationale palestinienne	PSEGOV	Palestinian Authority	government	-
Autorité palestinienne	PSEGOV	Palestinian Authority	government	-
gouvernement régional du Kurdistan	IRQGOV	Kurdistan Regional Government	government	-
GRK	IRQGOV	Kurdistan Regional Government	government	-
gouvernement d'accord national	LBYGOV	Government of National Accord (Libya)	government	-
gouvernement d'entente nationale	LBYGOV	Government of National Accord (Libya)	government	-

# International organisations (IGO...) and non-governmental organisations (NGO...).
Bureau de la coordination des affaires humanitaires	IGOUNO	United Nations	org	-
Conseil de sécurité	IGOUNO	United Nations	org	-
Conseil de sécurité de l'ONU	IGOUNO	United Nations	org	-
Conseil de sécurité des Nations unies	IGOUNO	United Nations	org	-
MANUA	IGOUNO	United Nations	org	-
MANUI	IGOUNO	United Nations	org	-
MANUL	IGOUNO	United Nations	org	-
Mission d'appui des Nations unies en Libye	IGOUNO	United Nations	org	-
Nations unies	IGOUNO	United Nations	org	-
O.N.U.	IGOUNO	United Nations	org	-
Office de secours et de travaux des Nations unies	IGOUNO	United Nations	org	-
ONU	IGOUNO	United Nations	org	-
Organisation des Nations unies	IGOUNO	United Nations	org	-
PNUD	IGOUNO	United Nations	org	-
Programme des Nations unies pour le développement	IGOUNO	United Nations	org	-
Conseil des droits de l'homme	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
Haut Commissaire aux droits de l'homme	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
Haut Commissaire des Nations unies aux droits de l'homme	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
Haut Commissariat aux droits de l'homme	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
Haut Commissariat des Nations unies aux droits de l'homme	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
Haut-Commissaire aux droits de l'homme	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
Haut-Commissaire des Nations unies aux droits de l'homme	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
Haut-Commissariat aux droits de l'homme	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
Haut-Commissariat des Nations unies aux droits de l'homme	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
HCDH	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
agence de l'ONU pour les réfugiés	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
Haut Commissariat aux réfugiés	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
Haut Commissariat des Nations unies pour les réfugiés	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
Haut Commissariat pour les réfugiés	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
Haut-Commissariat aux réfugiés	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
Haut-Commissariat des Nations unies pour les réfugiés	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
Haut-Commissariat pour les réfugiés	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
HCR	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
Fonds des Nations unies pour l'enfance	IGOUNOKID	UNICEF	org	-
OMS	IGOUNOHLHWHO	World Health Organization	org	-
Organisation mondiale de la santé	IGOUNOHLHWHO	World Health Organization	org	-
PAM	IGOUNOWFP	World Food Programme	org	-
Programme alimentaire mondial	IGOUNOWFP	World Food Programme	org	-
Organisation des Nations unies pour l'alimentation et l'agriculture	IGOUNOAGRFAO	Food and Agriculture Organization	org	-
Agence internationale de l'énergie atomique	IGOUNOIAE	International Atomic Energy Agency	org	-
AIEA	IGOUNOIAE	International Atomic Energy Agency	org	-
CIJ	IGOUNOJUDICJ	International Court of Justice	org	-
Cour internationale de justice	IGOUNOJUDICJ	International Court of Justice	org	-
Cour pénale internationale	IGOJUDICC	International Criminal Court	org	-
CPI	IGOJUDICC	International Criminal Court	org	-
TPIR	IGOUNOJUDWCT	International war crimes tribunals (ICTY, ICTR)	org	-
TPIY	IGOUNOJUDWCT	International war crimes tribunals (ICTY, ICTR)	org	-
Tribunal pénal international pour l'ex Yougoslavie	IGOUNOJUDWCT	International war crimes tribunals (ICTY, ICTR)	org	-
Tribunal pénal international pour l'ex-Yougoslavie	IGOUNOJUDWCT	International war crimes tribunals (ICTY, ICTR)	org	-
Tribunal pénal international pour le Rwanda	IGOUNOJUDWCT	International war crimes tribunals (ICTY, ICTR)	org	-
Banque mondiale	IGOUNODEVWBK	World Bank	org	-
FMI	IGOBUSIMF	International Monetary Fund	org	-
Fonds monétaire international	IGOBUSIMF	International Monetary Fund	org	-
casque bleu	IGOUNOPKO	UN peacekeepers	org	-
casques bleus	IGOUNOPKO	UN peacekeepers	org	-
Casques bleus de l'ONU	IGOUNOPKO	UN peacekeepers	org	-
FINUL	IGOUNOPKO	UN peacekeepers	org	-
FNUOD	IGOUNOPKO	UN peacekeepers	org	-
force de maintien de la paix de l'ONU	IGOUNOPKO	UN peacekeepers	org	-
Force intérimaire des Nations unies au Liban	IGOUNOPKO	UN peacekeepers	org	-
FORPRONU	IGOUNOPKO	UN peacekeepers	org	-
MINUAD	IGOUNOPKO	UN peacekeepers	org	-
MINUAR	IGOUNOPKO	UN peacekeepers	org	-
MINUK	IGOUNOPKO	UN peacekeepers	org	-
MINUL	IGOUNOPKO	UN peacekeepers	org	-
MINUSS	IGOUNOPKO	UN peacekeepers	org	-
Mission de l'Organisation des Nations unies pour la stabilisation en RD Congo	IGOUNOPKO	UN peacekeepers	org	-
Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali	IGOUNOPKO	UN peacekeepers	org	-
ONUCI	IGOUNOPKO	UN peacekeepers	org	-
soldats de la paix de l'ONU	IGOUNOPKO	UN peacekeepers	org	-
Alliance atlantique	IGOWSTNAT	NATO	org	-
FIAS	IGOWSTNAT	NATO	org	-
Force internationale d'assistance et de sécurité	IGOWSTNAT	NATO	org	-
Organisation du traité de l'Atlantique nord	IGOWSTNAT	NATO	org	-
OTAN	IGOWSTNAT	NATO	org	-
Commission européenne	IGOEUREEC	European Union	org	-
Conseil européen	IGOEUREEC	European Union	org	-
Parlement européen	IGOEUREEC	European Union	org	-
UE	IGOEUREEC	European Union	org	-
Union européenne	IGOEUREEC	European Union	org	-
Vingt Huit	IGOEUREEC	European Union	org	-
Vingt Sept	IGOEUREEC	European Union	org	-
Vingt-Huit	IGOEUREEC	European Union	org	-
Vingt-Sept	IGOEUREEC	European Union	org	-
Organisation pour la sécurité et la coopération en Europe	IGOEURSCE	OSCE	org	-
Conseil de l'Europe	IGOEURCOE	Council of Europe	org	-
Commission de l'Union africaine	IGOAFRAFU	African Union	org	-
MISCA	IGOAFRAFU	African Union	org	-
Mission de l'Union africaine en Somalie	IGOAFRAFU	African Union	org	-
UA	IGOAFRAFU	African Union	org	-
Union africaine	IGOAFRAFU	African Union	org	-
Organisation de l'unité africaine	IGOAFROAU	Organization of African Unity	org	-
OUA	IGOAFROAU	Organization of African Unity	org	-
CEDEAO	IGOWAFWAS	ECOWAS	org	-
Communauté économique des États de l'Afrique de l'Ouest	IGOWAFWAS	ECOWAS	org	-
MISMA	IGOWAFWAS	ECOWAS	org	-
Force conjointe du G5 Sahel	IGOWAF	G5 Sahel	org	-
force conjointe du G5-Sahel	IGOWAF	G5 Sahel	org	-
Ligue arabe	IGOMEAARL	Arab League	org	-
Ligue des États arabes	IGOMEAARL	Arab League	org	-
OCI	IGOMOSOIC	Organisation of Islamic Cooperation	org	-
Organisation de la conférence islamique	IGOMOSOIC	Organisation of Islamic Cooperation	org	-
Organisation de la coopération islamique	IGOMOSOIC	Organisation of Islamic Cooperation	org	-
Autorité intergouvernementale pour le développement	IGOEAFDEVIAD	IGAD	org	-
Communauté de développement de l'Afrique australe	IGOSAFDEVSAD	Southern African Development Community	org	-
Communauté d'Afrique de l'Est	IGOEAFEAC	East African Community	org	-
Communauté est africaine	IGOEAFEAC	East African Community	org	-
Communauté est-africaine	IGOEAFEAC	East African Community	org	-
force régionale de l'EAC	IGOEAFEAC	East African Community	org	-
CEEAC	IGOCAFECA	Economic Community of Central African States	org	-
Communauté économique des États de l'Afrique centrale	IGOCAFECA	Economic Community of Central African States	org	-
CCG	IGOPGSGCC	Gulf Cooperation Council	org	-
Conseil de coopération du Golfe	IGOPGSGCC	Gulf Cooperation Council	org	-
ANASE	IGOSEAASN	ASEAN	org	-
Association des nations de l'Asie du Sud Est	IGOSEAASN	ASEAN	org	-
Association des nations de l'Asie du Sud-Est	IGOSEAASN	ASEAN	org	-
Communauté des États indépendants	IGOCASCIS	Commonwealth of Independent States	org	-
OEA	IGOOAS	Organization of American States	org	-
Organisation des États américains	IGOOAS	Organization of American States	org	-
CICR	NGOHLHIRC	International Committee of the Red Cross	org	-
Comité international de la Croix Rouge	NGOHLHIRC	International Committee of the Red Cross	org	-
Comité international de la Croix-Rouge	NGOHLHIRC	International Committee of the Red Cross	org	-
Croix Rouge	NGOHLHIRC	International Committee of the Red Cross	org	-
Croix Rouge internationale	NGOHLHIRC	International Committee of the Red Cross	org	-
Croix-Rouge	NGOHLHIRC	International Committee of the Red Cross	org	-
Croix-Rouge internationale	NGOHLHIRC	International Committee of the Red Cross	org	-
Croissant Rouge	NGOHLHRCR	Red Crescent	org	-
Croissant Rouge arabe syrien	NGOHLHRCR	Red Crescent	org	-
Croissant Rouge palestinien	NGOHLHRCR	Red Crescent	org	-
Croissant-Rouge	NGOHLHRCR	Red Crescent	org	-
Croissant-Rouge arabe syrien	NGOHLHRCR	Red Crescent	org	-
Croissant-Rouge palestinien	NGOHLHRCR	Red Crescent	org	-
Fédération internationale des sociétés de la Croix Rouge et du Croissant Rouge	NGOHLHCRC	International Federation of Red Cross and Red Crescent Societies	org	-
Fédération internationale des sociétés de la Croix-Rouge et du Croissant-Rouge	NGOHLHCRC	International Federation of Red Cross and Red Crescent Societies	org	-
FICR	NGOHLHCRC	International Federation of Red Cross and Red Crescent Societies	org	-
Amnesty	NGOHRIAMN	Amnesty International	org	-
Fédération internationale des ligues des droits de l'homme	NGOHRIFID	International Federation for Human Rights	org	-
Fédération internationale pour les droits humains	NGOHRIFID	International Federation for Human Rights	org	-
OIM	NGOREFIOM	International Organization for Migration	org	-
Organisation internationale pour les migrations	NGOREFIOM	International Organization for Migration	org	-
Observatoire syrien des droits de l'homme	NGOHRI	Syrian Observatory for Human Rights	org	-
OSDH	NGOHRI	Syrian Observatory for Human Rights	org	-
Action contre la faim	NGO	Humanitarian NGOs	org	-
Comité international de secours	NGO	Humanitarian NGOs	org	-
Conseil norvégien pour les réfugiés	NGO	Humanitarian NGOs	org	-
Reporters sans frontières	NGO	Humanitarian NGOs	org	-
RSF	NGO	Humanitarian NGOs	org	-

# Capitals and seats standing for a government.
Damas	SYRGOV	Syrian government	government	-
Bagdad	IRQGOV	Iraqi government	government	-
Département d'Etat	USAGOV	U.S. government	government	-
Département d'État	USAGOV	U.S. government	government	-
Maison Blanche	USAGOV	U.S. government	government	-
Maison-Blanche	USAGOV	U.S. government	government	-
Moscou	RUSGOV	Russian government	government	-
Élysée	FRAGOV	French government	government	-
Matignon	FRAGOV	French government	government	-
palais de l'Élysée	FRAGOV	French government	government	-
Quai d'Orsay	FRAGOV	French government	government	-
Londres	GBRGOV	British government	government	-
N'Djaména	TCDGOV	Chadian government	government	-
Ndjamena	TCDGOV	Chadian government	government	-
Ndjaména	TCDGOV	Chadian government	government	-
Alger	DZAGOV	Algerian government	government	-
Caire	EGYGOV	Egyptian government	government	-
Addis Abeba	ETHGOV	Ethiopian government	government	-
Addis-Ababa	ETHGOV	Ethiopian government	government	-
Addis-Abeba	ETHGOV	Ethiopian government	government	-
Mogadiscio	SOMGOV	Somali government	government	-
Kyïv	UKRGOV	Ukrainian government	government	-
Téhéran	IRNGOV	Iranian government	government	-
Riyad	SAUGOV	Saudi government	government	-
Ryad	SAUGOV	Saudi government	government	-
Abou Dhabi	AREGOV	Emirati government	government	-
Beyrouth	LBNGOV	Lebanese government	government	-
Kaboul	AFGGOV	Afghan government	government	-
New Dehli	INDGOV	Indian government	government	-
Pékin	CHNGOV	Chinese government	government	-
Séoul	KORGOV	South Korean government	government	-
Taïpei	TWNGOV	Taiwanese government	government	-
Havane	CUBGOV	Cuban government	government	-
Erevan	ARMGOV	Armenian government	government	-
Bakou	AZEGOV	Azerbaijani government	government	-
Tbilissi	GEOGOV	Georgian government	government	-

# Persons whose role fixes the code.
al Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
al-Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
Bachar al Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
Bachar al-Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
Bachar el Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
Bachar el-Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
el Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
el-Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
Hafez el Assad	SYRGOV	Hafez al-Assad	person	1971-03-12..2000-06-10
Hafez el-Assad	SYRGOV	Hafez al-Assad	person	1971-03-12..2000-06-10
Poutine	RUSGOV	Vladimir Putin	person	2000-05-07..
Vladimir Poutine	RUSGOV	Vladimir Putin	person	2000-05-07..
Sergueï Lavrov	RUSGOV	Sergei Lavrov	person	-
Dmitri Medvedev	RUSGOV	Dmitry Medvedev	person	-
Choïgou	RUSGOV	Sergei Shoigu	person	-
Sergueï Choïgou	RUSGOV	Sergei Shoigu	person	-
Guerassimov	RUSMIL	Valery Gerasimov	person	-
Valeri Guerassimov	RUSMIL	Valery Gerasimov	person	-
Evgueni Prigojine	RUSMIL	Yevgeny Prigozhin	person	-
Prigojine	RUSMIL	Yevgeny Prigozhin	person	-
Petro Porochenko	UKRGOV	Petro Poroshenko	person	-
Porochenko	UKRGOV	Petro Poroshenko	person	-
Benjamin Netanyahou	ISRGOV	Benjamin Netanyahu	person	1996-06-18..1999-07-06,2009-03-31..2021-06-13,2022-12-29..
Benyamin Netanyahou	ISRGOV	Benjamin Netanyahu	person	1996-06-18..1999-07-06,2009-03-31..2021-06-13,2022-12-29..
Netanyahou	ISRGOV	Benjamin Netanyahu	person	1996-06-18..1999-07-06,2009-03-31..2021-06-13,2022-12-29..
Nétanyahou	ISRGOV	Benjamin Netanyahu	person	1996-06-18..1999-07-06,2009-03-31..2021-06-13,2022-12-29..
Abou Bakr al Baghdadi	IMGMUSISI	Abu Bakr al-Baghdadi	person	-
Abou Bakr al-Baghdadi	IMGMUSISI	Abu Bakr al-Baghdadi	person	-
Hassan Nasrullah	LBNREB	Hassan Nasrallah	person	-
Naïm Kassem	LBNREB	Naim Qassem	person	-
Kadhafi	LBYGOV	Muammar Gaddafi	person	-
Mouammar Kadhafi	LBYGOV	Muammar Gaddafi	person	-
Oussama Ben Laden	IMGMUSALQ	Osama bin Laden	person	-
al Zaouahiri	IMGMUSALQ	Ayman al-Zawahiri	person	-
al-Zaouahiri	IMGMUSALQ	Ayman al-Zawahiri	person	-
Ayman al Zaouahiri	IMGMUSALQ	Ayman al-Zawahiri	person	-
Ayman al-Zaouahiri	IMGMUSALQ	Ayman al-Zawahiri	person	-
Zaouahiri	IMGMUSALQ	Ayman al-Zawahiri	person	-
Aboubakar Shekau	NGAREB	Abubakar Shekau	person	-
Ali Khameneï	IRNGOV	Ali Khamenei	person	-
Khameneï	IRNGOV	Ali Khamenei	person	-
Ebrahim Raïssi	IRNGOV	Ebrahim Raisi	person	-
Raïssi	IRNGOV	Ebrahim Raisi	person	-
Massoud Pezeshkian	IRNGOV	Masoud Pezeshkian	person	-
Ghassem Soleimani	IRNMIL	Qassem Soleimani	person	-
Abdel Fattah al Sissi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
Abdel Fattah al-Sissi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
Abdel Fattah el Sissi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
Abdel Fattah el-Sissi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
al Sissi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
al-Sissi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
Sissi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
Hosni Moubarak	EGYGOV	Hosni Mubarak	person	-
Mohamed Morsy	EGYGOV	Mohamed Morsi	person	-
Mohammed ben Salman	SAUGOV	Mohammed bin Salman	person	-
Mohammed ben Salmane	SAUGOV	Mohammed bin Salman	person	-
roi Salmane	SAUGOV	King Salman	person	-
Abdel Fattah al Burhane	SDNMIL	Abdel Fattah al-Burhan	person	-
Abdel Fattah al-Burhane	SDNMIL	Abdel Fattah al-Burhan	person	-
Abdel Fattah Burhane	SDNMIL	Abdel Fattah al-Burhan	person	-
al Burhane	SDNMIL	Abdel Fattah al-Burhan	person	-
al-Burhane	SDNMIL	Abdel Fattah al-Burhan	person	-
Burhane	SDNMIL	Abdel Fattah al-Burhan	person	-
el Béchir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
el-Béchir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
Omar el Bechir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
Omar el Béchir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
Omar el-Bechir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
Omar el-Béchir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
Sinouar	PSEREB	Yahya Sinwar	person	-
Yahya Sinouar	PSEREB	Yahya Sinwar	person	-
Haniyé	PSEREB	Ismail Haniyeh	person	-
Ismaïl Haniyé	PSEREB	Ismail Haniyeh	person	-
Ismaïl Haniyeh	PSEREB	Ismail Haniyeh	person	-
Khaled Mechaal	PSEREB	Khaled Meshaal	person	-
Mechaal	PSEREB	Khaled Meshaal	person	-
Abou Mazen	PSEGOV	Mahmoud Abbas	person	-
Abdel Malek al Houthi	YEMREB	Abdul-Malik al-Houthi	person	-
Abdel Malek al-Houthi	YEMREB	Abdul-Malik al-Houthi	person	-
Abdel-Malek al-Houthi	YEMREB	Abdul-Malik al-Houthi	person	-
Ali Abdallah Saleh	YEMGOV	Ali Abdullah Saleh	person	-
Abd Rabbo Mansour Hadi	YEMGOV	Abd Rabbo Mansour Hadi	person	-
Abd-Rabbo Mansour Hadi	YEMGOV	Abd Rabbo Mansour Hadi	person	-
mollah Mohammad Omar	AFGREB	Mullah Omar	person	-
mollah Omar	AFGREB	Mullah Omar	person	-
Akhoundzada	AFGREB	Hibatullah Akhundzada	person	-
Hibatoullah Akhoundzada	AFGREB	Hibatullah Akhundzada	person	-
Sirajouddine Haqqani	AFGREB	Sirajuddin Haqqani	person	-
Hamid Karzaï	AFGGOV	Hamid Karzai	person	-
Karzaï	AFGGOV	Hamid Karzai	person	-
Hollande	FRAGOV	François Hollande	person	2012-05-15..2017-05-14
Alexandre Loukachenko	BLRGOV	Alexander Lukashenko	person	-
Loukachenko	BLRGOV	Alexander Lukashenko	person	-
Hassan Cheikh Mohamoud	SOMGOV	Hassan Sheikh Mohamud	person	-
Hassan Cheikh Mohamud	SOMGOV	Hassan Sheikh Mohamud	person	-
Afeworki	ERIGOV	Isaias Afwerki	person	-
Issayas Afeworki	ERIGOV	Isaias Afwerki	person	-
Ilham Aliev	AZEGOV	Ilham Aliyev	person	-
Nikol Pachinian	ARMGOV	Nikol Pashinyan	person	-
Pachinian	ARMGOV	Nikol Pashinyan	person	-
Moucharraf	PAKGOV	Pervez Musharraf	person	-
Pervez Moucharraf	PAKGOV	Pervez Musharraf	person	-

@lang en

# Countries: ISO 3166 alpha-3 (KSV Kosovo, PSE Palestine, ESH Western Sahara; historical YUG, SCG, USR),
# and a few regions listed so that the longer name (Latin America, Niger Delta) wins over the country in it.
Algeria	DZA	Algeria	country	-
People's Democratic Republic of Algeria	DZA	Algeria	country	-
Benin	BEN	Benin	country	-
Cape Verde	CPV	Cabo Verde	country	-
Cameroon	CMR	Cameroon	country	-
Central African Republic	CAF	Central African Republic	country	-
Chad	TCD	Chad	country	-
Comoros	COM	Comoros	country	-
D.R. Congo	COD	Democratic Republic of the Congo	country	-
Democratic Republic of Congo	COD	Democratic Republic of the Congo	country	-
Democratic Republic of the Congo	COD	Democratic Republic of the Congo	country	-
DR Congo	COD	Democratic Republic of the Congo	country	-
DRC	COD	Democratic Republic of the Congo	country	-
DRCongo	COD	Democratic Republic of the Congo	country	-
Zaire	COD	Democratic Republic of the Congo	country	-
Congo Republic	COG	Republic of the Congo	country	-
Republic of Congo	COG	Republic of the Congo	country	-
Republic of the Congo	COG	Republic of the Congo	country	-
Ivory Coast	CIV	Côte d'Ivoire	country	-
Arab Republic of Egypt	EGY	Egypt	country	-
Egypt	EGY	Egypt	country	-
Equatorial Guinea	GNQ	Equatorial Guinea	country	-
Eritrea	ERI	Eritrea	country	-
Ethiopia	ETH	Ethiopia	country	-
Gambia	GMB	Gambia	country	-
Guinea	GIN	Guinea	country	-
Guinea Conakry	GIN	Guinea	country	-
Guinea-Conakry	GIN	Guinea	country	-
Guinea Bissau	GNB	Guinea-Bissau	country	-
Guinea-Bissau	GNB	Guinea-Bissau	country	-
Libya	LBY	Libya	country	-
Mauritania	MRT	Mauritania	country	-
Mauritius	MUS	Mauritius	country	-
Morocco	MAR	Morocco	country	-
Namibia	NAM	Namibia	country	-
Niger Delta	NGA	Nigeria	country	-
Sao Tome and Principe	STP	São Tomé and Príncipe	country	-
São Tomé and Príncipe	STP	São Tomé and Príncipe	country	-
Senegal	SEN	Senegal	country	-
Somalia	SOM	Somalia	country	-
South Africa	ZAF	South Africa	country	-
South Sudan	SSD	South Sudan	country	-
Sudan	SDN	Sudan	country	-
Tanzania	TZA	Tanzania	country	-
United Republic of Tanzania	TZA	Tanzania	country	-
Tunisia	TUN	Tunisia	country	-
Uganda	UGA	Uganda	country	-
Zambia	ZMB	Zambia	country	-
Sahrawi Arab Democratic Republic	ESH	Western Sahara	country	-
Western Sahara	ESH	Western Sahara	country	-
Bahrain	BHR	Bahrain	country	-
Islamic Republic of Iran	IRN	Iran	country	-
Iraqi Kurdistan	IRQ	Iraq	country	-
Israel	ISR	Israel	country	-
State of Israel	ISR	Israel	country	-
Hashemite Kingdom of Jordan	JOR	Jordan	country	-
Jordan	JOR	Jordan	country	-
Kuwait	KWT	Kuwait	country	-
Lebanon	LBN	Lebanon	country	-
Sultanate of Oman	OMN	Oman	country	-
occupied Palestinian territories	PSE	Palestine	country	-
Palestinian territories	PSE	Palestine	country	-
State of Palestine	PSE	Palestine	country	-
Kingdom of Saudi Arabia	SAU	Saudi Arabia	country	-
KSA	SAU	Saudi Arabia	country	-
Saudi Arabia	SAU	Saudi Arabia	country	-
Syria	SYR	Syria	country	-
Syrian Arab Republic	SYR	Syria	country	-
Turkey	TUR	Turkey	country	-
Emirates	ARE	United Arab Emirates	country	-
U.A.E.	ARE	United Arab Emirates	country	-
UAE	ARE	United Arab Emirates	country	-
United Arab Emirates	ARE	United Arab Emirates	country	-
Yemen	YEM	Yemen	country	-
Albania	ALB	Albania	country	-
Andorra	AND	Andorra	country	-
Armenia	ARM	Armenia	country	-
Austria	AUT	Austria	country	-
Azerbaijan	AZE	Azerbaijan	country	-
Belarus	BLR	Belarus	country	-
Byelorussia	BLR	Belarus	country	-
Belgium	BEL	Belgium	country	-
Bosnia	BIH	Bosnia and Herzegovina	country	-
Bosnia and Herzegovina	BIH	Bosnia and Herzegovina	country	-
Bosnia Herzegovina	BIH	Bosnia and Herzegovina	country	-
Bosnia-Herzegovina	BIH	Bosnia and Herzegovina	country	-
Bulgaria	BGR	Bulgaria	country	-
Croatia	HRV	Croatia	country	-
Cyprus	CYP	Cyprus	country	-
Czech Republic	CZE	Czechia	country	-
Czechia	CZE	Czechia	country	-
Denmark	DNK	Denmark	country	-
Estonia	EST	Estonia	country	-
Finland	FIN	Finland	country	-
French Republic	FRA	France	country	-
Georgia	GEO	Georgia	country	-
Federal Republic of Germany	DEU	Germany	country	-
Germany	DEU	Germany	country	-
Greece	GRC	Greece	country	-
Hungary	HUN	Hungary	country	-
Iceland	ISL	Iceland	country	-
Ireland	IRL	Ireland	country	-
Republic of Ireland	IRL	Ireland	country	-
Italy	ITA	Italy	country	-
Latvia	LVA	Latvia	country	-
Lithuania	LTU	Lithuania	country	-
Malta	MLT	Malta	country	-
Republic of Moldova	MDA	Moldova	country	-
Montenegro	MNE	Montenegro	country	-
Holland	NLD	Netherlands	country	-
Netherlands	NLD	Netherlands	country	-
FYROM	MKD	North Macedonia	country	-
Macedonia	MKD	North Macedonia	country	-
North Macedonia	MKD	North Macedonia	country	-
Norway	NOR	Norway	country	-
Poland	POL	Poland	country	-
Romania	ROU	Romania	country	-
Russia	RUS	Russia	country	-
Russian Federation	RUS	Russia	country	-
San Marino	SMR	San Marino	country	-
Serbia	SRB	Serbia	country	-
Slovakia	SVK	Slovakia	country	-
Slovenia	SVN	Slovenia	country	-
Spain	ESP	Spain	country	-
Sweden	SWE	Sweden	country	-
Switzerland	CHE	Switzerland	country	-
Britain	GBR	United Kingdom	country	-
England	GBR	United Kingdom	country	-
Great Britain	GBR	United Kingdom	country	-
Northern Ireland	GBR	United Kingdom	country	-
U.K.	GBR	United Kingdom	country	-
UK	GBR	United Kingdom	country	-
United Kingdom	GBR	United Kingdom	country	-
Holy See	VAT	Holy See	country	-
Vatican City	VAT	Holy See	country	-
Federal Republic of Yugoslavia	YUG	Yugoslavia	country	-
Yugoslavia	YUG	Yugoslavia	country	-
Serbia and Montenegro	SCG	Serbia and Montenegro	country	-
Soviet Union	USR	Soviet Union	country	-
U.S.S.R.	USR	Soviet Union	country	-
USSR	USR	Soviet Union	country	-
Australia	AUS	Australia	country	-
Bhutan	BTN	Bhutan	country	-
Brunei Darussalam	BRN	Brunei	country	-
Cambodia	KHM	Cambodia	country	-
China	CHN	China	country	-
People's Republic of China	CHN	China	country	-
PRC	CHN	China	country	-
Fiji	FJI	Fiji	country	-
India	IND	India	country	-
Indonesia	IDN	Indonesia	country	-
Japan	JPN	Japan	country	-
Democratic People's Republic of Korea	PRK	North Korea	country	-
DPRK	PRK	North Korea	country	-
North Korea	PRK	North Korea	country	-
Republic of Korea	KOR	South Korea	country	-
South Korea	KOR	South Korea	country	-
Kirghizia	KGZ	Kyrgyzstan	country	-
Kyrgyzstan	KGZ	Kyrgyzstan	country	-
Lao People's Democratic Republic	LAO	Laos	country	-
Malaysia	MYS	Malaysia	country	-
Marshall Islands	MHL	Marshall Islands	country	-
Federated States of Micronesia	FSM	Micronesia	country	-
Micronesia	FSM	Micronesia	country	-
Mongolia	MNG	Mongolia	country	-
Burma	MMR	Myanmar	country	-
Nepal	NPL	Nepal	country	-
New Zealand	NZL	New Zealand	country	-
Palau	PLW	Palau	country	-
Papua New Guinea	PNG	Papua New Guinea	country	-
Singapore	SGP	Singapore	country	-
Solomon Islands	SLB	Solomon Islands	country	-
Taiwan	TWN	Taiwan	country	-
Tajikistan	TJK	Tajikistan	country	-
Thailand	THA	Thailand	country	-
East Timor	TLS	Timor-Leste	country	-
Turkmenistan	TKM	Turkmenistan	country	-
Uzbekistan	UZB	Uzbekistan	country	-
Viet Nam	VNM	Vietnam	country	-
Antigua and Barbuda	ATG	Antigua and Barbuda	country	-
Argentina	ARG	Argentina	country	-
Barbados	BRB	Barbados	country	-
Bolivia	BOL	Bolivia	country	-
Brazil	BRA	Brazil	country	-
Chile	CHL	Chile	country	-
Colombia	COL	Colombia	country	-
Commonwealth of Dominica	DMA	Dominica	country	-
Dominica	DMA	Dominica	country	-
Dominican Republic	DOM	Dominican Republic	country	-
Ecuador	ECU	Ecuador	country	-
Grenada	GRD	Grenada	country	-
Haiti	HTI	Haiti	country	-
Jamaica	JAM	Jamaica	country	-
Mexico	MEX	Mexico	country	-
United Mexican States	MEX	Mexico	country	-
Peru	PER	Peru	country	-
Saint Kitts and Nevis	KNA	Saint Kitts and Nevis	country	-
St Kitts and Nevis	KNA	Saint Kitts and Nevis	country	-
Saint Lucia	LCA	Saint Lucia	country	-
St Lucia	LCA	Saint Lucia	country	-
Saint Vincent and the Grenadines	VCT	Saint Vincent and the Grenadines	country	-
St Vincent and the Grenadines	VCT	Saint Vincent and the Grenadines	country	-
Surinam	SUR	Suriname	country	-
Trinidad	TTO	Trinidad and Tobago	country	-
Trinidad and Tobago	TTO	Trinidad and Tobago	country	-
America	USA	United States	country	-
New Mexico	USA	United States	country	-
U.S.	USA	United States	country	-
United States	USA	United States	country	-
United States of America	USA	United States	country	-
Bolivarian Republic of Venezuela	VEN	Venezuela	country	-
Central America	LAM	Latin America	country	-
Latin America	LAM	Latin America	country	-
South America	SAM	South America	country	-
North America	NMR	North America	country	-

# Demonyms: adjectives and nouns of nationality in every gender and number.
Algerian	DZA	Algeria	demonym	-
Algerians	DZA	Algeria	demonym	-
Angolan	AGO	Angola	demonym	-
Angolans	AGO	Angola	demonym	-
Beninese	BEN	Benin	demonym	-
Batswana	BWA	Botswana	demonym	-
Botswanan	BWA	Botswana	demonym	-
Botswanans	BWA	Botswana	demonym	-
Motswana	BWA	Botswana	demonym	-
Burkinabe	BFA	Burkina Faso	demonym	-
Burkinabes	BFA	Burkina Faso	demonym	-
Burundian	BDI	Burundi	demonym	-
Burundians	BDI	Burundi	demonym	-
Cabo Verdean	CPV	Cabo Verde	demonym	-
Cabo Verdeans	CPV	Cabo Verde	demonym	-
Cape Verdean	CPV	Cabo Verde	demonym	-
Cape Verdeans	CPV	Cabo Verde	demonym	-
Cameroonian	CMR	Cameroon	demonym	-
Cameroonians	CMR	Cameroon	demonym	-
Central African	CAF	Central African Republic	demonym	-
Central Africans	CAF	Central African Republic	demonym	-
Chadian	TCD	Chad	demonym	-
Chadians	TCD	Chad	demonym	-
Comoran	COM	Comoros	demonym	-
Comorans	COM	Comoros	demonym	-
Comorian	COM	Comoros	demonym	-
Comorians	COM	Comoros	demonym	-
Congolese	COD	Democratic Republic of the Congo	demonym	-
Zairean	COD	Democratic Republic of the Congo	demonym	-
Zaireans	COD	Democratic Republic of the Congo	demonym	-
Ivorian	CIV	Côte d'Ivoire	demonym	-
Ivorians	CIV	Côte d'Ivoire	demonym	-
Djiboutian	DJI	Djibouti	demonym	-
Djiboutians	DJI	Djibouti	demonym	-
Egyptian	EGY	Egypt	demonym	-
Egyptians	EGY	Egypt	demonym	-
Equatoguinean	GNQ	Equatorial Guinea	demonym	-
Equatoguineans	GNQ	Equatorial Guinea	demonym	-
Equatorial Guinean	GNQ	Equatorial Guinea	demonym	-
Equatorial Guineans	GNQ	Equatorial Guinea	demonym	-
Eritrean	ERI	Eritrea	demonym	-
Eritreans	ERI	Eritrea	demonym	-
Ethiopian	ETH	Ethiopia	demonym	-
Ethiopians	ETH	Ethiopia	demonym	-
Gabonese	GAB	Gabon	demonym	-
Gambian	GMB	Gambia	demonym	-
Gambians	GMB	Gambia	demonym	-
Ghanaian	GHA	Ghana	demonym	-
Ghanaians	GHA	Ghana	demonym	-
Guinean	GIN	Guinea	demonym	-
Guineans	GIN	Guinea	demonym	-
Bissau Guinean	GNB	Guinea-Bissau	demonym	-
Bissau Guineans	GNB	Guinea-Bissau	demonym	-
Bissau-Guinean	GNB	Guinea-Bissau	demonym	-
Bissau-Guineans	GNB	Guinea-Bissau	demonym	-
Basotho	LSO	Lesotho	demonym	-
Liberian	LBR	Liberia	demonym	-
Liberians	LBR	Liberia	demonym	-
Libyan	LBY	Libya	demonym	-
Libyans	LBY	Libya	demonym	-
Malagasy	MDG	Madagascar	demonym	-
Malawian	MWI	Malawi	demonym	-
Malawians	MWI	Malawi	demonym	-
Malian	MLI	Mali	demonym	-
Malians	MLI	Mali	demonym	-
Mauritanian	MRT	Mauritania	demonym	-
Mauritanians	MRT	Mauritania	demonym	-
Mauritian	MUS	Mauritius	demonym	-
Mauritians	MUS	Mauritius	demonym	-
Moroccan	MAR	Morocco	demonym	-
Moroccans	MAR	Morocco	demonym	-
Mozambican	MOZ	Mozambique	demonym	-
Mozambicans	MOZ	Mozambique	demonym	-
Namibian	NAM	Namibia	demonym	-
Namibians	NAM	Namibia	demonym	-
Nigerien	NER	Niger	demonym	-
Nigeriens	NER	Niger	demonym	-
Nigerian	NGA	Nigeria	demonym	-
Nigerians	NGA	Nigeria	demonym	-
Rwandan	RWA	Rwanda	demonym	-
Rwandans	RWA	Rwanda	demonym	-
Rwandese	RWA	Rwanda	demonym	-
Santomean	STP	São Tomé and Príncipe	demonym	-
Santomeans	STP	São Tomé and Príncipe	demonym	-
Senegalese	SEN	Senegal	demonym	-
Sierra Leonean	SLE	Sierra Leone	demonym	-
Sierra Leoneans	SLE	Sierra Leone	demonym	-
Somalian	SOM	Somalia	demonym	-
Somalians	SOM	Somalia	demonym	-
South African	ZAF	South Africa	demonym	-
South Africans	ZAF	South Africa	demonym	-
South Sudanese	SSD	South Sudan	demonym	-
Sudanese	SDN	Sudan	demonym	-
Tanzanian	TZA	Tanzania	demonym	-
Tanzanians	TZA	Tanzania	demonym	-
Togolese	TGO	Togo	demonym	-
Tunisian	TUN	Tunisia	demonym	-
Tunisians	TUN	Tunisia	demonym	-
Ugandan	UGA	Uganda	demonym	-
Ugandans	UGA	Uganda	demonym	-
Zambian	ZMB	Zambia	demonym	-
Zambians	ZMB	Zambia	demonym	-
Zimbabwean	ZWE	Zimbabwe	demonym	-
Zimbabweans	ZWE	Zimbabwe	demonym	-
Saharawi	ESH	Western Sahara	demonym	-
Saharawis	ESH	Western Sahara	demonym	-
Sahrawi	ESH	Western Sahara	demonym	-
Sahrawis	ESH	Western Sahara	demonym	-
Bahraini	BHR	Bahrain	demonym	-
Bahrainis	BHR	Bahrain	demonym	-
Iranian	IRN	Iran	demonym	-
Iranians	IRN	Iran	demonym	-
Iraqi	IRQ	Iraq	demonym	-
Iraqis	IRQ	Iraq	demonym	-
Israeli	ISR	Israel	demonym	-
Israelis	ISR	Israel	demonym	-
Jordanian	JOR	Jordan	demonym	-
Jordanians	JOR	Jordan	demonym	-
Kuwaiti	KWT	Kuwait	demonym	-
Kuwaitis	KWT	Kuwait	demonym	-
Lebanese	LBN	Lebanon	demonym	-
Omani	OMN	Oman	demonym	-
Omanis	OMN	Oman	demonym	-
Palestinian	PSE	Palestine	demonym	-
Palestinians	PSE	Palestine	demonym	-
Saudi	SAU	Saudi Arabia	demonym	-
Saudi Arabian	SAU	Saudi Arabia	demonym	-
Saudi Arabians	SAU	Saudi Arabia	demonym	-
Saudis	SAU	Saudi Arabia	demonym	-
Syrian	SYR	Syria	demonym	-
Syrians	SYR	Syria	demonym	-
Turk	TUR	Turkey	demonym	-
Turkish	TUR	Turkey	demonym	-
Turks	TUR	Turkey	demonym	-
Emirati	ARE	United Arab Emirates	demonym	-
Emiratis	ARE	United Arab Emirates	demonym	-
Yemeni	YEM	Yemen	demonym	-
Yemenis	YEM	Yemen	demonym	-
Albanian	ALB	Albania	demonym	-
Albanians	ALB	Albania	demonym	-
Armenian	ARM	Armenia	demonym	-
Armenians	ARM	Armenia	demonym	-
Austrian	AUT	Austria	demonym	-
Austrians	AUT	Austria	demonym	-
Azerbaijani	AZE	Azerbaijan	demonym	-
Azerbaijanis	AZE	Azerbaijan	demonym	-
Azeri	AZE	Azerbaijan	demonym	-
Azeris	AZE	Azerbaijan	demonym	-
Belarusian	BLR	Belarus	demonym	-
Belarusians	BLR	Belarus	demonym	-
Belarussian	BLR	Belarus	demonym	-
Belarussians	BLR	Belarus	demonym	-
Byelorussian	BLR	Belarus	demonym	-
Byelorussians	BLR	Belarus	demonym	-
Belgian	BEL	Belgium	demonym	-
Belgians	BEL	Belgium	demonym	-
Bosnian	BIH	Bosnia and Herzegovina	demonym	-
Bosnians	BIH	Bosnia and Herzegovina	demonym	-
Bulgarian	BGR	Bulgaria	demonym	-
Bulgarians	BGR	Bulgaria	demonym	-
Croat	HRV	Croatia	demonym	-
Croatian	HRV	Croatia	demonym	-
Croatians	HRV	Croatia	demonym	-
Croats	HRV	Croatia	demonym	-
Cypriot	CYP	Cyprus	demonym	-
Cypriots	CYP	Cyprus	demonym	-
Czech	CZE	Czechia	demonym	-
Czechs	CZE	Czechia	demonym	-
Dane	DNK	Denmark	demonym	-
Danes	DNK	Denmark	demonym	-
Danish	DNK	Denmark	demonym	-
Estonian	EST	Estonia	demonym	-
Estonians	EST	Estonia	demonym	-
Finn	FIN	Finland	demonym	-
Finnish	FIN	Finland	demonym	-
Finns	FIN	Finland	demonym	-
French	FRA	France	demonym	-
Frenchman	FRA	France	demonym	-
Frenchmen	FRA	France	demonym	-
Georgian	GEO	Georgia	demonym	-
Georgians	GEO	Georgia	demonym	-
German	DEU	Germany	demonym	-
Germans	DEU	Germany	demonym	-
Greek	GRC	Greece	demonym	-
Greeks	GRC	Greece	demonym	-
Hungarian	HUN	Hungary	demonym	-
Hungarians	HUN	Hungary	demonym	-
Icelander	ISL	Iceland	demonym	-
Icelanders	ISL	Iceland	demonym	-
Icelandic	ISL	Iceland	demonym	-
Irish	IRL	Ireland	demonym	-
Italian	ITA	Italy	demonym	-
Italians	ITA	Italy	demonym	-
Kosovan	KSV	Kosovo	demonym	-
Kosovans	KSV	Kosovo	demonym	-
Latvian	LVA	Latvia	demonym	-
Latvians	LVA	Latvia	demonym	-
Liechtensteiner	LIE	Liechtenstein	demonym	-
Liechtensteiners	LIE	Liechtenstein	demonym	-
Lithuanian	LTU	Lithuania	demonym	-
Lithuanians	LTU	Lithuania	demonym	-
Luxembourger	LUX	Luxembourg	demonym	-
Luxembourgers	LUX	Luxembourg	demonym	-
Luxembourgish	LUX	Luxembourg	demonym	-
Maltese	MLT	Malta	demonym	-
Moldovan	MDA	Moldova	demonym	-
Moldovans	MDA	Moldova	demonym	-
Monegasque	MCO	Monaco	demonym	-
Monegasques	MCO	Monaco	demonym	-
Montenegrin	MNE	Montenegro	demonym	-
Montenegrins	MNE	Montenegro	demonym	-
Dutch	NLD	Netherlands	demonym	-
Dutchman	NLD	Netherlands	demonym	-
Dutchmen	NLD	Netherlands	demonym	-
Macedonian	MKD	North Macedonia	demonym	-
Macedonians	MKD	North Macedonia	demonym	-
North Macedonian	MKD	North Macedonia	demonym	-
North Macedonians	MKD	North Macedonia	demonym	-
Norwegian	NOR	Norway	demonym	-
Norwegians	NOR	Norway	demonym	-
Polish	POL	Poland	demonym	-
Portuguese	PRT	Portugal	demonym	-
Romanian	ROU	Romania	demonym	-
Romanians	ROU	Romania	demonym	-
Russian	RUS	Russia	demonym	-
Russians	RUS	Russia	demonym	-
Sammarinese	SMR	San Marino	demonym	-
Serb	SRB	Serbia	demonym	-
Serbian	SRB	Serbia	demonym	-
Serbians	SRB	Serbia	demonym	-
Serbs	SRB	Serbia	demonym	-
Slovak	SVK	Slovakia	demonym	-
Slovakian	SVK	Slovakia	demonym	-
Slovakians	SVK	Slovakia	demonym	-
Slovaks	SVK	Slovakia	demonym	-
Slovene	SVN	Slovenia	demonym	-
Slovenes	SVN	Slovenia	demonym	-
Slovenian	SVN	Slovenia	demonym	-
Slovenians	SVN	Slovenia	demonym	-
Spaniard	ESP	Spain	demonym	-
Spaniards	ESP	Spain	demonym	-
Spanish	ESP	Spain	demonym	-
Swede	SWE	Sweden	demonym	-
Swedes	SWE	Sweden	demonym	-
Swedish	SWE	Sweden	demonym	-
Swiss	CHE	Switzerland	demonym	-
Ukrainian	UKR	Ukraine	demonym	-
Ukrainians	UKR	Ukraine	demonym	-
British	GBR	United Kingdom	demonym	-
Briton	GBR	United Kingdom	demonym	-
Britons	GBR	United Kingdom	demonym	-
Yugoslav	YUG	Yugoslavia	demonym	-
Yugoslavian	YUG	Yugoslavia	demonym	-
Yugoslavians	YUG	Yugoslavia	demonym	-
Yugoslavs	YUG	Yugoslavia	demonym	-
Soviet	USR	Soviet Union	demonym	-
Soviets	USR	Soviet Union	demonym	-
Australian	AUS	Australia	demonym	-
Australians	AUS	Australia	demonym	-
Bhutanese	BTN	Bhutan	demonym	-
Bruneian	BRN	Brunei	demonym	-
Bruneians	BRN	Brunei	demonym	-
Cambodian	KHM	Cambodia	demonym	-
Cambodians	KHM	Cambodia	demonym	-
Chinese	CHN	China	demonym	-
Fijian	FJI	Fiji	demonym	-
Fijians	FJI	Fiji	demonym	-
Indian	IND	India	demonym	-
Indians	IND	India	demonym	-
Indonesian	IDN	Indonesia	demonym	-
Indonesians	IDN	Indonesia	demonym	-
Japanese	JPN	Japan	demonym	-
Kazakhstani	KAZ	Kazakhstan	demonym	-
Kazakhstanis	KAZ	Kazakhstan	demonym	-
I Kiribati	KIR	Kiribati	demonym	-
I-Kiribati	KIR	Kiribati	demonym	-
North Korean	PRK	North Korea	demonym	-
North Koreans	PRK	North Korea	demonym	-
South Korean	KOR	South Korea	demonym	-
South Koreans	KOR	South Korea	demonym	-
Kyrgyz	KGZ	Kyrgyzstan	demonym	-
Kyrgyzstani	KGZ	Kyrgyzstan	demonym	-
Kyrgyzstanis	KGZ	Kyrgyzstan	demonym	-
Lao	LAO	Laos	demonym	-
Laotian	LAO	Laos	demonym	-
Laotians	LAO	Laos	demonym	-
Malaysian	MYS	Malaysia	demonym	-
Malaysians	MYS	Malaysia	demonym	-
Maldivian	MDV	Maldives	demonym	-
Maldivians	MDV	Maldives	demonym	-
Marshallese	MHL	Marshall Islands	demonym	-
Micronesian	FSM	Micronesia	demonym	-
Micronesians	FSM	Micronesia	demonym	-
Mongolian	MNG	Mongolia	demonym	-
Mongolians	MNG	Mongolia	demonym	-
Burmese	MMR	Myanmar	demonym	-
Nepalese	NPL	Nepal	demonym	-
Nepali	NPL	Nepal	demonym	-
Nepalis	NPL	Nepal	demonym	-
New Zealander	NZL	New Zealand	demonym	-
New Zealanders	NZL	New Zealand	demonym	-
Pakistani	PAK	Pakistan	demonym	-
Pakistanis	PAK	Pakistan	demonym	-
Palauan	PLW	Palau	demonym	-
Palauans	PLW	Palau	demonym	-
Papua New Guinean	PNG	Papua New Guinea	demonym	-
Papua New Guineans	PNG	Papua New Guinea	demonym	-
Filipina	PHL	Philippines	demonym	-
Filipinas	PHL	Philippines	demonym	-
Filipino	PHL	Philippines	demonym	-
Filipinos	PHL	Philippines	demonym	-
Singaporean	SGP	Singapore	demonym	-
Singaporeans	SGP	Singapore	demonym	-
Solomon Islander	SLB	Solomon Islands	demonym	-
Solomon Islanders	SLB	Solomon Islands	demonym	-
Sri Lankan	LKA	Sri Lanka	demonym	-
Sri Lankans	LKA	Sri Lanka	demonym	-
Taiwanese	TWN	Taiwan	demonym	-
Tajik	TJK	Tajikistan	demonym	-
Tajikistani	TJK	Tajikistan	demonym	-
Tajikistanis	TJK	Tajikistan	demonym	-
Tajiks	TJK	Tajikistan	demonym	-
Thai	THA	Thailand	demonym	-
Thais	THA	Thailand	demonym	-
East Timorese	TLS	Timor-Leste	demonym	-
Timorese	TLS	Timor-Leste	demonym	-
Tongan	TON	Tonga	demonym	-
Tongans	TON	Tonga	demonym	-
Turkmen	TKM	Turkmenistan	demonym	-
Turkmenistani	TKM	Turkmenistan	demonym	-
Turkmenistanis	TKM	Turkmenistan	demonym	-
Uzbek	UZB	Uzbekistan	demonym	-
Uzbekistani	UZB	Uzbekistan	demonym	-
Uzbekistanis	UZB	Uzbekistan	demonym	-
Uzbeks	UZB	Uzbekistan	demonym	-
Ni Vanuatu	VUT	Vanuatu	demonym	-
Ni-Vanuatu	VUT	Vanuatu	demonym	-
Vietnamese	VNM	Vietnam	demonym	-
Antiguan	ATG	Antigua and Barbuda	demonym	-
Antiguans	ATG	Antigua and Barbuda	demonym	-
Argentine	ARG	Argentina	demonym	-
Argentinian	ARG	Argentina	demonym	-
Argentinians	ARG	Argentina	demonym	-
Bahamian	BHS	Bahamas	demonym	-
Bahamians	BHS	Bahamas	demonym	-
Barbadian	BRB	Barbados	demonym	-
Barbadians	BRB	Barbados	demonym	-
Belizean	BLZ	Belize	demonym	-
Belizeans	BLZ	Belize	demonym	-
Bolivian	BOL	Bolivia	demonym	-
Bolivians	BOL	Bolivia	demonym	-
Brazilian	BRA	Brazil	demonym	-
Brazilians	BRA	Brazil	demonym	-
Canadian	CAN	Canada	demonym	-
Canadians	CAN	Canada	demonym	-
Chilean	CHL	Chile	demonym	-
Chileans	CHL	Chile	demonym	-
Colombian	COL	Colombia	demonym	-
Colombians	COL	Colombia	demonym	-
Costa Rican	CRI	Costa Rica	demonym	-
Costa Ricans	CRI	Costa Rica	demonym	-
Cuban	CUB	Cuba	demonym	-
Cubans	CUB	Cuba	demonym	-
Dominican	DOM	Dominican Republic	demonym	-
Dominicans	DOM	Dominican Republic	demonym	-
Ecuadorean	ECU	Ecuador	demonym	-
Ecuadoreans	ECU	Ecuador	demonym	-
Ecuadorian	ECU	Ecuador	demonym	-
Ecuadorians	ECU	Ecuador	demonym	-
Salvadoran	SLV	El Salvador	demonym	-
Salvadorans	SLV	El Salvador	demonym	-
Salvadorean	SLV	El Salvador	demonym	-
Salvadoreans	SLV	El Salvador	demonym	-
Grenadian	GRD	Grenada	demonym	-
Grenadians	GRD	Grenada	demonym	-
Guatemalan	GTM	Guatemala	demonym	-
Guatemalans	GTM	Guatemala	demonym	-
Guyanese	GUY	Guyana	demonym	-
Haitian	HTI	Haiti	demonym	-
Haitians	HTI	Haiti	demonym	-
Honduran	HND	Honduras	demonym	-
Hondurans	HND	Honduras	demonym	-
Jamaican	JAM	Jamaica	demonym	-
Jamaicans	JAM	Jamaica	demonym	-
Mexican	MEX	Mexico	demonym	-
Mexicans	MEX	Mexico	demonym	-
Nicaraguan	NIC	Nicaragua	demonym	-
Nicaraguans	NIC	Nicaragua	demonym	-
Panamanian	PAN	Panama	demonym	-
Panamanians	PAN	Panama	demonym	-
Paraguayan	PRY	Paraguay	demonym	-
Paraguayans	PRY	Paraguay	demonym	-
Peruvian	PER	Peru	demonym	-
Peruvians	PER	Peru	demonym	-
Kittitian	KNA	Saint Kitts and Nevis	demonym	-
Kittitians	KNA	Saint Kitts and Nevis	demonym	-
Saint Lucian	LCA	Saint Lucia	demonym	-
Saint Lucians	LCA	Saint Lucia	demonym	-
Vincentian	VCT	Saint Vincent and the Grenadines	demonym	-
Vincentians	VCT	Saint Vincent and the Grenadines	demonym	-
Surinamese	SUR	Suriname	demonym	-
Trinidadian	TTO	Trinidad and Tobago	demonym	-
Trinidadians	TTO	Trinidad and Tobago	demonym	-
American	USA	United States	demonym	-
Americans	USA	United States	demonym	-
Uruguayan	URY	Uruguay	demonym	-
Uruguayans	URY	Uruguay	demonym	-
Venezuelan	VEN	Venezuela	demonym	-
Venezuelans	VEN	Venezuela	demonym	-

# Non-state armed groups, militias and parties.
Daish	IMGMUSISI	Islamic State	group	-
Islamic State	IMGMUSISI	Islamic State	group	-
Islamic State group	IMGMUSISI	Islamic State	group	-
Islamic State in Iraq and Syria	IMGMUSISI	Islamic State	group	-
Islamic State in Iraq and the Levant	IMGMUSISI	Islamic State	group	-
Islamic State of Iraq	IMGMUSISI	Islamic State	group	-
Islamic State of Iraq and al Sham	IMGMUSISI	Islamic State	group	-
Islamic State of Iraq and al-Sham	IMGMUSISI	Islamic State	group	-
Islamic State of Iraq and Syria	IMGMUSISI	Islamic State	group	-
Islamic State of Iraq and the Levant	IMGMUSISI	Islamic State	group	-
Islamic State in West Africa	IMGMUSISI	Islamic State West Africa Province	group	-
Islamic State in West Africa Province	IMGMUSISI	Islamic State West Africa Province	group	-
Islamic State West Africa	IMGMUSISI	Islamic State West Africa Province	group	-
Islamic State West Africa Province	IMGMUSISI	Islamic State West Africa Province	group	-
Islamic State's West Africa Province	IMGMUSISI	Islamic State West Africa Province	group	-
Islamic State Greater Sahara	IMGMUSISI	Islamic State Sahel Province	group	-
Islamic State in the Greater Sahara	IMGMUSISI	Islamic State Sahel Province	group	-
Islamic State in the Sahel	IMGMUSISI	Islamic State Sahel Province	group	-
Islamic State Sahel	IMGMUSISI	Islamic State Sahel Province	group	-
Islamic State Sahel Province	IMGMUSISI	Islamic State Sahel Province	group	-
Islamic State in Khorasan	IMGMUSISI	Islamic State Khorasan Province	group	-
Islamic State Khorasan	IMGMUSISI	Islamic State Khorasan Province	group	-
Islamic State Khorasan Province	IMGMUSISI	Islamic State Khorasan Province	group	-
Islamic State-Khorasan	IMGMUSISI	Islamic State Khorasan Province	group	-
Ansar Bayt al Maqdis	IMGMUSISI	Islamic State Sinai Province	group	-
Ansar Bayt al-Maqdis	IMGMUSISI	Islamic State Sinai Province	group	-
Islamic State in Sinai	IMGMUSISI	Islamic State Sinai Province	group	-
Islamic State Sinai Province	IMGMUSISI	Islamic State Sinai Province	group	-
Islamic State Central Africa	IMGMUSISI	Islamic State Central Africa Province	group	-
Islamic State Central Africa Province	IMGMUSISI	Islamic State Central Africa Province	group	-
Islamic State in Central Africa	IMGMUSISI	Islamic State Central Africa Province	group	-
Islamic State in Somalia	IMGMUSISI	Islamic State Somalia Province	group	-
Islamic State Somalia	IMGMUSISI	Islamic State Somalia Province	group	-
Islamic State Somalia Province	IMGMUSISI	Islamic State Somalia Province	group	-
Islamic State in Mozambique	IMGMUSISI	Islamic State Mozambique Province	group	-
Islamic State Mozambique	IMGMUSISI	Islamic State Mozambique Province	group	-
Islamic State Mozambique Province	IMGMUSISI	Islamic State Mozambique Province	group	-
al Qaeda	IMGMUSALQ	al-Qaeda	group	-
al Qaeda central	IMGMUSALQ	al-Qaeda	group	-
al-Qaeda	IMGMUSALQ	al-Qaeda	group	-
al-Qaeda central	IMGMUSALQ	al-Qaeda	group	-
Alqaeda	IMGMUSALQ	al-Qaeda	group	-
Qaeda	IMGMUSALQ	al-Qaeda	group	-
al Qaeda in Iraq	IMGMUSALQ	al-Qaeda in Iraq	group	-
al Qaeda in Mesopotamia	IMGMUSALQ	al-Qaeda in Iraq	group	-
al Qaida in Iraq	IMGMUSALQ	al-Qaeda in Iraq	group	-
al-Qaeda in Iraq	IMGMUSALQ	al-Qaeda in Iraq	group	-
al-Qaeda in Mesopotamia	IMGMUSALQ	al-Qaeda in Iraq	group	-
al-Qaida in Iraq	IMGMUSALQ	al-Qaeda in Iraq	group	-
AQI	IMGMUSALQ	al-Qaeda in Iraq	group	-
al Qaeda in the Indian Subcontinent	IMGMUSALQ	al-Qaeda in the Indian Subcontinent	group	-
al Qaida in the Indian Subcontinent	IMGMUSALQ	al-Qaeda in the Indian Subcontinent	group	-
al-Qaeda in the Indian Subcontinent	IMGMUSALQ	al-Qaeda in the Indian Subcontinent	group	-
al-Qaida in the Indian Subcontinent	IMGMUSALQ	al-Qaeda in the Indian Subcontinent	group	-
al Qaeda in Islamic Maghreb	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al Qaeda in the Islamic Maghreb	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al Qaeda in the Maghreb	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al Qaida in the Islamic Maghreb	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al-Qaeda in Islamic Maghreb	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al-Qaeda in the Islamic Maghreb	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al-Qaeda in the Maghreb	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al-Qaida in the Islamic Maghreb	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
AQIM	IMGMUSAQM	al-Qaeda in the Islamic Maghreb	group	-
al Qaeda in the Arabian Peninsula	IMGMUSAQP	al-Qaeda in the Arabian Peninsula	group	-
al Qaida in the Arabian Peninsula	IMGMUSAQP	al-Qaeda in the Arabian Peninsula	group	-
al-Qaeda in the Arabian Peninsula	IMGMUSAQP	al-Qaeda in the Arabian Peninsula	group	-
al-Qaida in the Arabian Peninsula	IMGMUSAQP	al-Qaeda in the Arabian Peninsula	group	-
AQAP	IMGMUSAQP	al-Qaeda in the Arabian Peninsula	group	-
Group for the Support of Islam and Muslims	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Group to Support Islam and Muslims	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Support Group for Islam and Muslims	MLIREB	Group for the Support of Islam and Muslims (JNIM)	group	-
Macina Liberation Front	MLIREB	Katiba Macina	group	-
Massina Liberation Front	MLIREB	Katiba Macina	group	-
MOJWA	MLIREB	Movement for Oneness and Jihad in West Africa (MUJAO)	group	-
Movement for Oneness and Jihad in West Africa	MLIREB	Movement for Oneness and Jihad in West Africa (MUJAO)	group	-
Movement for Unity and Jihad in West Africa	MLIREB	Movement for Oneness and Jihad in West Africa (MUJAO)	group	-
National Movement for the Liberation of Azawad	MLIREB	National Movement for the Liberation of Azawad	group	-
Coordination of Azawad Movements	MLIREB	Coordination of Azawad Movements	group	-
Coordination of Movements of Azawad	MLIREB	Coordination of Azawad Movements	group	-
High Council for the Unity of Azawad	MLIREB	High Council for the Unity of Azawad	group	-
Azawad Liberation Front	MLIREB	Azawad Liberation Front	group	-
Volunteers for the Defence of the Homeland	BFAMIL	Volunteers for the Defence of the Homeland (VDP)	group	-
Volunteers for the Defense of the Homeland	BFAMIL	Volunteers for the Defence of the Homeland (VDP)	group	-
Eastern Security Network	NGAREB	Indigenous People of Biafra	group	-
Indigenous People of Biafra	NGAREB	Indigenous People of Biafra	group	-
Movement for the Emancipation of the Niger Delta	NGAREB	Movement for the Emancipation of the Niger Delta	group	-
Amba Boys	CMRREB	Ambazonian separatists	group	-
Ambazonia Defence Forces	CMRREB	Ambazonian separatists	group	-
Ambazonia Defense Forces	CMRREB	Ambazonian separatists	group	-
Ambazonian Defence Forces	CMRREB	Ambazonian separatists	group	-
Return, Reclamation and Rehabilitation	CAFREB	Return, Reclamation and Rehabilitation (3R)	group	-
Return, Reclamation, Rehabilitation	CAFREB	Return, Reclamation and Rehabilitation (3R)	group	-
Union for Peace in the Central African Republic	CAFREB	Union for Peace in the Central African Republic	group	-
Unity for Peace in Central Africa	CAFREB	Union for Peace in the Central African Republic	group	-
Coalition of Patriots for Change	CAFREB	Coalition of Patriots for Change	group	-
Popular Front for the Rebirth of the Central African Republic	CAFREB	Popular Front for the Rebirth of the Central African Republic	group	-
Popular Front for the Renaissance of the Central African Republic	CAFREB	Popular Front for the Rebirth of the Central African Republic	group	-
Front for Change and Concord in Chad	TCDREB	Front for Change and Concord in Chad	group	-
Revolutionary United Front	SLEREB	Revolutionary United Front	group	-
Liberians United for Reconciliation and Democracy	LBRREB	Liberians United for Reconciliation and Democracy	group	-
National Patriotic Front of Liberia	LBRREB	National Patriotic Front of Liberia	group	-
Polisario Front	MARREB	Polisario Front	group	-
Armed Islamic Group	DZAREB	Armed Islamic Group (GIA)	group	-
Salafist Group for Call and Combat	DZAREB	Salafist Group for Preaching and Combat	group	-
Salafist Group for Preaching and Combat	DZAREB	Salafist Group for Preaching and Combat	group	-
Islamic Salvation Army	DZAREB	Islamic Salvation Army	group	-
Islamic Salvation Front	DZAOPP	Islamic Salvation Front	group	-
Libya Dawn	LBYREB	Libya Dawn	group	-
Libyan Arab Armed Forces	LBYMIL	Libyan National Army (Haftar's forces)	group	-
Libyan National Army	LBYMIL	Libyan National Army (Haftar's forces)	group	-
LNA	LBYMIL	Libyan National Army (Haftar's forces)	group	-
Islamic Courts Union	SOMREB	Islamic Courts Union	group	-
Union of Islamic Courts	SOMREB	Islamic Courts Union	group	-
Tigray People's Liberation Front	ETHREB	Tigray People's Liberation Front	group	-
Tigrayan People's Liberation Front	ETHREB	Tigray People's Liberation Front	group	-
Tigray Defence Forces	ETHREB	Tigray Defence Forces	group	-
Tigray Defense Forces	ETHREB	Tigray Defence Forces	group	-
Oromo Liberation Army	ETHREB	Oromo Liberation Army	group	-
Oromo Liberation Front	ETHREB	Oromo Liberation Front	group	-
Ogaden National Liberation Front	ETHREB	Ogaden National Liberation Front	group	-
Rapid Support Forces	SDNREB	Rapid Support Forces	group	-
RSF	SDNREB	Rapid Support Forces	group	-
Justice and Equality Movement	SDNREB	Justice and Equality Movement	group	-
Sudan Liberation Army	SDNREB	Sudan Liberation Movement/Army	group	-
Sudan Liberation Movement	SDNREB	Sudan Liberation Movement/Army	group	-
Sudan Liberation Movement/Army	SDNREB	Sudan Liberation Movement/Army	group	-
Sudan People's Liberation Army North	SDNREB	Sudan People's Liberation Movement-North	group	-
Sudan People's Liberation Army-North	SDNREB	Sudan People's Liberation Movement-North	group	-
Sudan People's Liberation Movement North	SDNREB	Sudan People's Liberation Movement-North	group	-
Sudan People's Liberation Movement-North	SDNREB	Sudan People's Liberation Movement-North	group	-
Sudan People's Liberation Army	SSDMIL	Sudan People's Liberation Army	group	-
SPLA in Opposition	SSDREB	SPLM/A in Opposition	group	-
SPLM in Opposition	SSDREB	SPLM/A in Opposition	group	-
Sudan People's Liberation Movement in Opposition	SSDREB	SPLM/A in Opposition	group	-
Sudan People's Liberation Movement-in-Opposition	SSDREB	SPLM/A in Opposition	group	-
White Army	SSDREB	White Army	group	-
March 23 Movement	CODREB	March 23 Movement (M23)	group	-
Congo River Alliance	CODREB	Congo River Alliance (AFC)	group	-
Allied Democratic Forces	CODREB	Allied Democratic Forces	group	-
Democratic Forces for the Liberation of Rwanda	RWAREB	Democratic Forces for the Liberation of Rwanda	group	-
National Congress for the Defence of the People	CODREB	National Congress for the Defence of the People	group	-
National Congress for the Defense of the People	CODREB	National Congress for the Defence of the People	group	-
Cooperative for the Development of Congo	CODREB	CODECO	group	-
Congolese Rally for Democracy	CODREB	Congolese Rally for Democracy	group	-
Movement for the Liberation of Congo	CODREB	Movement for the Liberation of the Congo	group	-
Movement for the Liberation of the Congo	CODREB	Movement for the Liberation of the Congo	group	-
Alliance of Democratic Forces for the Liberation of Congo	CODREB	Alliance of Democratic Forces for the Liberation of Congo	group	-
Alliance of Democratic Forces for the Liberation of Congo Zaire	CODREB	Alliance of Democratic Forces for the Liberation of Congo	group	-
Alliance of Democratic Forces for the Liberation of Congo-Zaire	CODREB	Alliance of Democratic Forces for the Liberation of Congo	group	-
Lord's Resistance Army	UGAREB	Lord's Resistance Army	group	-
National Forces of Liberation	BDIREB	National Forces of Liberation (FNL)	group	-
Mozambican National Resistance	MOZREB	Renamo	group	-
National Union for the Total Independence of Angola	AGOREB	UNITA	group	-
Front for the Liberation of the Enclave of Cabinda	AGOREB	Front for the Liberation of the Enclave of Cabinda	group	-
Amal militia	LBNREB	Amal Movement	group	-
Amal Movement	LBNREB	Amal Movement	group	-
South Lebanon Army	LBNREB	South Lebanon Army	group	-
Islamic Resistance Movement	PSEREB	Hamas	group	-
al Qassam Brigades	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
al-Qassam Brigades	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Izz ad Din al Qassam Brigades	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Izz ad-Din al-Qassam Brigades	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Izz al Din al Qassam Brigades	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Izz al-Din al-Qassam Brigades	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
Qassam Brigades	PSEREB	Izz ad-Din al-Qassam Brigades (Hamas)	group	-
al Quds Brigades	PSEREB	Palestinian Islamic Jihad	group	-
al-Quds Brigades	PSEREB	Palestinian Islamic Jihad	group	-
Islamic Jihad	PSEREB	Palestinian Islamic Jihad	group	-
Islamic Jihad Movement in Palestine	PSEREB	Palestinian Islamic Jihad	group	-
Palestinian Islamic Jihad	PSEREB	Palestinian Islamic Jihad	group	-
PIJ	PSEREB	Palestinian Islamic Jihad	group	-
Quds Brigades	PSEREB	Palestinian Islamic Jihad	group	-
Al Aqsa Martyrs Brigade	PSEREB	Al-Aqsa Martyrs' Brigades	group	-
Al Aqsa Martyrs Brigades	PSEREB	Al-Aqsa Martyrs' Brigades	group	-
Al Aqsa Martyrs' Brigades	PSEREB	Al-Aqsa Martyrs' Brigades	group	-
Al-Aqsa Martyrs Brigade	PSEREB	Al-Aqsa Martyrs' Brigades	group	-
Al-Aqsa Martyrs Brigades	PSEREB	Al-Aqsa Martyrs' Brigades	group	-
Al-Aqsa Martyrs' Brigades	PSEREB	Al-Aqsa Martyrs' Brigades	group	-
Aqsa Martyrs Brigades	PSEREB	Al-Aqsa Martyrs' Brigades	group	-
PFLP	PSEREB	Popular Front for the Liberation of Palestine	group	-
Popular Front for the Liberation of Palestine	PSEREB	Popular Front for the Liberation of Palestine	group	-
Democratic Front for the Liberation of Palestine	PSEREB	Democratic Front for the Liberation of Palestine	group	-
DFLP	PSEREB	Democratic Front for the Liberation of Palestine	group	-
Abu Nidal Organisation	PSEREB	Abu Nidal Organization	group	-
Abu Nidal Organization	PSEREB	Abu Nidal Organization	group	-
Areen al Usud	PSEREB	Lions' Den	group	-
Areen al-Usud	PSEREB	Lions' Den	group	-
Lion's Den	PSEREB	Lions' Den	group	-
Lions' Den	PSEREB	Lions' Den	group	-
Jenin Battalion	PSEREB	Jenin Brigade	group	-
Jenin Brigade	PSEREB	Jenin Brigade	group	-
Jenin Brigades	PSEREB	Jenin Brigade	group	-
Palestine Liberation Organisation	PSEGOV	Palestine Liberation Organization	group	-
Palestine Liberation Organization	PSEGOV	Palestine Liberation Organization	group	-
PLO	PSEGOV	Palestine Liberation Organization	group	-
SDF	SYRREB	Syrian Democratic Forces	group	-
Syrian Democratic Forces	SYRREB	Syrian Democratic Forces	group	-
People's Defense Units	SYRREB	People's Protection Units (YPG)	group	-
People's Protection Units	SYRREB	People's Protection Units (YPG)	group	-
Women's Protection Units	SYRREB	People's Protection Units (YPG)	group	-
Democratic Union Party	SYRREB	Democratic Union Party (PYD)	group	-
Levant Liberation Committee	SYRREB	Hayat Tahrir al-Sham	group	-
Organisation for the Liberation of the Levant	SYRREB	Hayat Tahrir al-Sham	group	-
Organization for the Liberation of the Levant	SYRREB	Hayat Tahrir al-Sham	group	-
al Nusra Front	SYRREB	al-Nusra Front	group	-
al-Nusra Front	SYRREB	al-Nusra Front	group	-
Conquest of the Levant Front	SYRREB	al-Nusra Front	group	-
Jabhat al Nusra li Ahl al Sham	SYRREB	al-Nusra Front	group	-
Jabhat al-Nusra li-Ahl al-Sham	SYRREB	al-Nusra Front	group	-
Nusra Front	SYRREB	al-Nusra Front	group	-
Free Syrian Army	SYRREB	Free Syrian Army	group	-
FSA	SYRREB	Free Syrian Army	group	-
Syrian National Army	SYRREB	Syrian National Army	group	-
Turkish backed Syrian National Army	SYRREB	Syrian National Army	group	-
Turkish-backed Syrian National Army	SYRREB	Syrian National Army	group	-
Army of Islam	SYRREB	Jaysh al-Islam	group	-
Guardians of Religion	SYRREB	Hurras al-Din	group	-
Guardians of the Religion Organization	SYRREB	Hurras al-Din	group	-
National Coalition for Syrian Revolutionary and Opposition Forces	SYROPP	Syrian National Coalition	group	-
Syrian National Coalition	SYROPP	Syrian National Coalition	group	-
Syrian National Council	SYROPP	Syrian National Coalition	group	-
Syrian Opposition Coalition	SYROPP	Syrian National Coalition	group	-
PMF	IRQMIL	Popular Mobilization Forces	group	-
PMU	IRQMIL	Popular Mobilization Forces	group	-
Popular Mobilisation Forces	IRQMIL	Popular Mobilization Forces	group	-
Popular Mobilisation Units	IRQMIL	Popular Mobilization Forces	group	-
Popular Mobilization Committee	IRQMIL	Popular Mobilization Forces	group	-
Popular Mobilization Forces	IRQMIL	Popular Mobilization Forces	group	-
Popular Mobilization Units	IRQMIL	Popular Mobilization Forces	group	-
Hezbollah Brigades	IRQMIL	Kata'ib Hezbollah	group	-
League of the Righteous	IRQMIL	Asa'ib Ahl al-Haq	group	-
Badr Brigade	IRQMIL	Badr Organization	group	-
Badr Brigades	IRQMIL	Badr Organization	group	-
Badr Organisation	IRQMIL	Badr Organization	group	-
Badr Organization	IRQMIL	Badr Organization	group	-
Mahdi Army	IRQREB	Mahdi Army	group	-
Islamic Resistance in Iraq	IRQREB	Islamic Resistance in Iraq	group	-
Houthi movement	YEMREB	Houthis (Ansar Allah)	group	-
Southern Transitional Council	YEMREB	Southern Transitional Council	group	-
Kurdistan Workers Party	TURREB	Kurdistan Workers' Party (PKK)	group	-
Kurdistan Workers' Party	TURREB	Kurdistan Workers' Party (PKK)	group	-
Revolutionary People's Liberation Party Front	TURREB	Revolutionary People's Liberation Party-Front	group	-
Revolutionary People's Liberation Party-Front	TURREB	Revolutionary People's Liberation Party-Front	group	-
Revolutionary People's Liberation Party/Front	TURREB	Revolutionary People's Liberation Party-Front	group	-
Mojahedin e Khalq	IRNREB	People's Mujahedin of Iran (MEK)	group	-
Mojahedin-e Khalq	IRNREB	People's Mujahedin of Iran (MEK)	group	-
Mujahedin e Khalq	IRNREB	People's Mujahedin of Iran (MEK)	group	-
Mujahedin-e Khalq	IRNREB	People's Mujahedin of Iran (MEK)	group	-
People's Mojahedin Organization of Iran	IRNREB	People's Mujahedin of Iran (MEK)	group	-
People's Mujahedin	IRNREB	People's Mujahedin of Iran (MEK)	group	-
People's Mujahedin of Iran	IRNREB	People's Mujahedin of Iran (MEK)	group	-
Army of Justice	IRNREB	Jaish al-Adl	group	-
Islamic Emirate of Afghanistan	AFGREB	Taliban	group	-
Talebans	AFGREB	Taliban	group	-
Haqqani network	AFGREB	Haqqani network	group	-
Northern Alliance	AFGREB	Northern Alliance	group	-
United Islamic Front	AFGREB	Northern Alliance	group	-
National Resistance Front	AFGREB	National Resistance Front of Afghanistan	group	-
National Resistance Front of Afghanistan	AFGREB	National Resistance Front of Afghanistan	group	-
Pakistani Taleban	PAKREB	Tehrik-e-Taliban Pakistan	group	-
Pakistani Taliban	PAKREB	Tehrik-e-Taliban Pakistan	group	-
Baloch Liberation Army	PAKREB	Baloch Liberation Army	group	-
Balochistan Liberation Army	PAKREB	Baloch Liberation Army	group	-
Baluch Liberation Army	PAKREB	Baloch Liberation Army	group	-
Naxal	INDREB	Naxalite insurgents	group	-
Naxals	INDREB	Naxalite insurgents	group	-
Liberation Tigers of Tamil Eelam	LKAREB	Liberation Tigers of Tamil Eelam	group	-
Tamil Tigers	LKAREB	Liberation Tigers of Tamil Eelam	group	-
Abu Sayyaf Group	PHLREB	Abu Sayyaf	group	-
Moro Islamic Liberation Front	PHLREB	Moro Islamic Liberation Front	group	-
New People's Army	PHLREB	New People's Army	group	-
NPA	PHLREB	New People's Army	group	-
Maute group	PHLREB	Maute group	group	-
Free Aceh Movement	IDNREB	Free Aceh Movement	group	-
IMU	UZBREB	Islamic Movement of Uzbekistan	group	-
Islamic Movement of Uzbekistan	UZBREB	Islamic Movement of Uzbekistan	group	-
Arakan Army	MMRREB	Arakan Army	group	-
Kachin Independence Army	MMRREB	Kachin Independence Army	group	-
Karen National Liberation Army	MMRREB	Karen National Union	group	-
Karen National Union	MMRREB	Karen National Union	group	-
Ta'ang National Liberation Army	MMRREB	Ta'ang National Liberation Army	group	-
Myanmar National Democratic Alliance Army	MMRREB	Myanmar National Democratic Alliance Army	group	-
United Wa State Army	MMRREB	United Wa State Army	group	-
People's Defence Force	MMRREB	People's Defence Force	group	-
People's Defence Forces	MMRREB	People's Defence Force	group	-
People's Defense Force	MMRREB	People's Defence Force	group	-
People's Defense Forces	MMRREB	People's Defence Force	group	-
Arakan Rohingya Salvation Army	MMRREB	Arakan Rohingya Salvation Army	group	-
Brotherhood Alliance	MMRREB	Three Brotherhood Alliance	group	-
Three Brotherhood Alliance	MMRREB	Three Brotherhood Alliance	group	-
National Unity Government	MMROPP	National Unity Government of Myanmar	group	-
Revolutionary Armed Forces of Colombia	COLREB	Revolutionary Armed Forces of Colombia (FARC)	group	-
National Liberation Army	COLREB	National Liberation Army (ELN)	group	-
United Self Defence Forces of Colombia	COLREB	United Self-Defense Forces of Colombia	group	-
United Self Defense Forces of Colombia	COLREB	United Self-Defense Forces of Colombia	group	-
United Self-Defence Forces of Colombia	COLREB	United Self-Defense Forces of Colombia	group	-
United Self-Defense Forces of Colombia	COLREB	United Self-Defense Forces of Colombia	group	-
Gulf Clan	COLCRM	Gulf Clan	group	-
Shining Path	PERREB	Shining Path	group	-
Tupac Amaru Revolutionary Movement	PERREB	Tupac Amaru Revolutionary Movement	group	-
Zapatista	MEXREB	Zapatista Army of National Liberation	group	-
Zapatista Army of National Liberation	MEXREB	Zapatista Army of National Liberation	group	-
Zapatistas	MEXREB	Zapatista Army of National Liberation	group	-
Sinaloa Cartel	MEXCRM	Sinaloa Cartel	group	-
Jalisco Cartel	MEXCRM	Jalisco New Generation Cartel	group	-
Jalisco New Generation Cartel	MEXCRM	Jalisco New Generation Cartel	group	-
PMC Wagner	RUSMIL	Wagner Group	group	-
Wagner Group	RUSMIL	Wagner Group	group	-
Wagner private military company	RUSMIL	Wagner Group	group	-
Azov Battalion	UKRMIL	Azov Regiment	group	-
Azov Brigade	UKRMIL	Azov Regiment	group	-
Azov Regiment	UKRMIL	Azov Regiment	group	-
DNR	UKRREB	Donetsk People's Republic (separatists)	group	-
Donetsk People's Republic	UKRREB	Donetsk People's Republic (separatists)	group	-
DPR	UKRREB	Donetsk People's Republic (separatists)	group	-
LNR	UKRREB	Luhansk People's Republic (separatists)	group	-
LPR	UKRREB	Luhansk People's Republic (separatists)	group	-
Lugansk People's Republic	UKRREB	Luhansk People's Republic (separatists)	group	-
Luhansk People's Republic	UKRREB	Luhansk People's Republic (separatists)	group	-
Russian Volunteer Corps	RUSREB	Russian Volunteer Corps	group	-
Freedom of Russia Legion	RUSREB	Freedom of Russia Legion	group	-
KLA	SRBREB	Kosovo Liberation Army	group	-
Kosovo Liberation Army	SRBREB	Kosovo Liberation Army	group	-
IRA	GBRREB	Irish Republican Army	group	-
Irish Republican Army	GBRREB	Irish Republican Army	group	-
Provisional IRA	GBRREB	Irish Republican Army	group	-

# Named state forces and agencies.
IDF	ISRMIL	Israel Defense Forces	government	-
Israel Defence Forces	ISRMIL	Israel Defense Forces	government	-
Israel Defense Forces	ISRMIL	Israel Defense Forces	government	-
Israeli Defence Forces	ISRMIL	Israel Defense Forces	government	-
Israeli Defense Forces	ISRMIL	Israel Defense Forces	government	-
Armed Forces of the Democratic Republic of the Congo	CODMIL	Armed Forces of the DR Congo (FARDC)	government	-
Malian Armed Forces	MLIMIL	Malian Armed Forces (FAMa)	government	-
SAF	SDNMIL	Sudanese Armed Forces	government	-
Sudan Armed Forces	SDNMIL	Sudanese Armed Forces	government	-
Sudanese Armed Forces	SDNMIL	Sudanese Armed Forces	government	-
South Sudan People's Defence Forces	SSDMIL	South Sudan People's Defence Forces	government	-
South Sudan People's Defense Forces	SSDMIL	South Sudan People's Defence Forces	government	-
Ethiopian National Defence Force	ETHMIL	Ethiopian National Defense Force	government	-
Ethiopian National Defense Force	ETHMIL	Ethiopian National Defense Force	government	-
Rwanda Defence Force	RWAMIL	Rwanda Defence Force	government	-
Rwanda Defense Force	RWAMIL	Rwanda Defence Force	government	-
Rwandan Defence Force	RWAMIL	Rwanda Defence Force	government	-
Uganda People's Defence Force	UGAMIL	Uganda People's Defence Force	government	-
Uganda People's Defence Forces	UGAMIL	Uganda People's Defence Force	government	-
Central African Armed Forces	CAFMIL	Central African Armed Forces	government	-
IRGC	IRNMIL	Islamic Revolutionary Guard Corps	government	-
Islamic Revolutionary Guard Corps	IRNMIL	Islamic Revolutionary Guard Corps	government	-
Islamic Revolutionary Guards Corps	IRNMIL	Islamic Revolutionary Guard Corps	government	-
Revolutionary Guard Corps	IRNMIL	Islamic Revolutionary Guard Corps	government	-
Revolutionary Guards	IRNMIL	Islamic Revolutionary Guard Corps	government	-
al Quds Force	IRNMIL	Quds Force	government	-
al-Quds Force	IRNMIL	Quds Force	government	-
Quds Force	IRNMIL	Quds Force	government	-
Defense Department	USAMIL	U.S. Department of Defense	government	-
Department of Defense	USAMIL	U.S. Department of Defense	government	-
Pentagon	USAMIL	U.S. Department of Defense	government	-
Central Intelligence Agency	USASPY	Central Intelligence Agency	government	-
Inter Services Intelligence	PAKSPY	Inter-Services Intelligence	government	-
Inter-Services Intelligence	PAKSPY	Inter-Services Intelligence	government	-
Operation Barkhane	FRAMIL	Operation Barkhane (French forces)	government	-
Operation Serval	FRAMIL	Operation Serval (French forces)	government	-
Operation Sangaris	FRAMIL	Operation Sangaris (French forces)	government	-
Palestinian Authority	PSEGOV	Palestinian Authority	government	-
Palestinian National Authority	PSEGOV	Palestinian Authority	government	-
KRG	IRQGOV	Kurdistan Regional Government	government	-
Kurdistan Regional Government	IRQGOV	Kurdistan Regional Government	government	-
Government of National Accord	LBYGOV	Government of National Accord (Libya)	government	-

# International organisations (IGO...) and non-governmental organisations (NGO...).
Office for the Coordination of Humanitarian Affairs	IGOUNO	United Nations	org	-
Security Council	IGOUNO	United Nations	org	-
U.N.	IGOUNO	United Nations	org	-
U.N. Security Council	IGOUNO	United Nations	org	-
UN	IGOUNO	United Nations	org	-
UN General Assembly	IGOUNO	United Nations	org	-
UN Security Council	IGOUNO	United Nations	org	-
United Nations	IGOUNO	United Nations	org	-
United Nations Development Programme	IGOUNO	United Nations	org	-
United Nations General Assembly	IGOUNO	United Nations	org	-
United Nations Security Council	IGOUNO	United Nations	org	-
UNSC	IGOUNO	United Nations	org	-
Human Rights Council	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
Office of the High Commissioner for Human Rights	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
UN High Commissioner for Human Rights	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
UN human rights chief	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
UN Human Rights Council	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
UN Human Rights Office	IGOUNOHRIHCH	UN High Commissioner for Human Rights	org	-
Office of the United Nations High Commissioner for Refugees	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
U.N. refugee agency	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
UN High Commissioner for Refugees	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
UN refugee agency	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
United Nations High Commissioner for Refugees	IGOUNOREFHCR	UN High Commissioner for Refugees	org	-
UN Children's Fund	IGOUNOKID	UNICEF	org	-
United Nations Children's Fund	IGOUNOKID	UNICEF	org	-
World Health Organisation	IGOUNOHLHWHO	World Health Organization	org	-
World Health Organization	IGOUNOHLHWHO	World Health Organization	org	-
UN World Food Programme	IGOUNOWFP	World Food Programme	org	-
World Food Program	IGOUNOWFP	World Food Programme	org	-
World Food Programme	IGOUNOWFP	World Food Programme	org	-
Food and Agriculture Organization	IGOUNOAGRFAO	Food and Agriculture Organization	org	-
IAEA	IGOUNOIAE	International Atomic Energy Agency	org	-
International Atomic Energy Agency	IGOUNOIAE	International Atomic Energy Agency	org	-
ICJ	IGOUNOJUDICJ	International Court of Justice	org	-
International Court of Justice	IGOUNOJUDICJ	International Court of Justice	org	-
World Court	IGOUNOJUDICJ	International Court of Justice	org	-
ICC	IGOJUDICC	International Criminal Court	org	-
International Criminal Court	IGOJUDICC	International Criminal Court	org	-
International Criminal Tribunal for Rwanda	IGOUNOJUDWCT	International war crimes tribunals (ICTY, ICTR)	org	-
International Criminal Tribunal for the former Yugoslavia	IGOUNOJUDWCT	International war crimes tribunals (ICTY, ICTR)	org	-
World Bank	IGOUNODEVWBK	World Bank	org	-
IMF	IGOBUSIMF	International Monetary Fund	org	-
International Monetary Fund	IGOBUSIMF	International Monetary Fund	org	-
Blue Helmets	IGOUNOPKO	UN peacekeepers	org	-
peacekeeper	IGOUNOPKO	UN peacekeepers	org	-
peacekeepers	IGOUNOPKO	UN peacekeepers	org	-
U.N. peacekeepers	IGOUNOPKO	UN peacekeepers	org	-
UN peacekeepers	IGOUNOPKO	UN peacekeepers	org	-
UN peacekeeping force	IGOUNOPKO	UN peacekeepers	org	-
UN peacekeeping mission	IGOUNOPKO	UN peacekeepers	org	-
United Nations Interim Force in Lebanon	IGOUNOPKO	UN peacekeepers	org	-
United Nations peacekeepers	IGOUNOPKO	UN peacekeepers	org	-
Atlantic Alliance	IGOWSTNAT	NATO	org	-
International Security Assistance Force	IGOWSTNAT	NATO	org	-
NATO	IGOWSTNAT	NATO	org	-
North Atlantic Treaty Organisation	IGOWSTNAT	NATO	org	-
North Atlantic Treaty Organization	IGOWSTNAT	NATO	org	-
EU	IGOEUREEC	European Union	org	-
European Commission	IGOEUREEC	European Union	org	-
European Council	IGOEUREEC	European Union	org	-
European Parliament	IGOEUREEC	European Union	org	-
European Union	IGOEUREEC	European Union	org	-
Organization for Security and Co operation in Europe	IGOEURSCE	OSCE	org	-
Organization for Security and Co-operation in Europe	IGOEURSCE	OSCE	org	-
Organization for Security and Cooperation in Europe	IGOEURSCE	OSCE	org	-
Council of Europe	IGOEURCOE	Council of Europe	org	-
African Union	IGOAFRAFU	African Union	org	-
African Union Commission	IGOAFRAFU	African Union	org	-
African Union Mission in Somalia	IGOAFRAFU	African Union	org	-
African Union Transition Mission in Somalia	IGOAFRAFU	African Union	org	-
AU	IGOAFRAFU	African Union	org	-
OAU	IGOAFROAU	Organization of African Unity	org	-
Organisation of African Unity	IGOAFROAU	Organization of African Unity	org	-
Organization of African Unity	IGOAFROAU	Organization of African Unity	org	-
AFISMA	IGOWAFWAS	ECOWAS	org	-
Economic Community of West African States	IGOWAFWAS	ECOWAS	org	-
ECOWAS	IGOWAFWAS	ECOWAS	org	-
G5 Sahel Joint Force	IGOWAF	G5 Sahel	org	-
Arab League	IGOMEAARL	Arab League	org	-
League of Arab States	IGOMEAARL	Arab League	org	-
OIC	IGOMOSOIC	Organisation of Islamic Cooperation	org	-
Organisation of Islamic Cooperation	IGOMOSOIC	Organisation of Islamic Cooperation	org	-
Organization of Islamic Cooperation	IGOMOSOIC	Organisation of Islamic Cooperation	org	-
Organization of the Islamic Conference	IGOMOSOIC	Organisation of Islamic Cooperation	org	-
Intergovernmental Authority on Development	IGOEAFDEVIAD	IGAD	org	-
Southern African Development Community	IGOSAFDEVSAD	Southern African Development Community	org	-
East African Community	IGOEAFEAC	East African Community	org	-
East African Community Regional Force	IGOEAFEAC	East African Community	org	-
ECCAS	IGOCAFECA	Economic Community of Central African States	org	-
Economic Community of Central African States	IGOCAFECA	Economic Community of Central African States	org	-
Cooperation Council for the Arab States of the Gulf	IGOPGSGCC	Gulf Cooperation Council	org	-
GCC	IGOPGSGCC	Gulf Cooperation Council	org	-
Gulf Cooperation Council	IGOPGSGCC	Gulf Cooperation Council	org	-
Association of Southeast Asian Nations	IGOSEAASN	ASEAN	org	-
Commonwealth of Independent States	IGOCASCIS	Commonwealth of Independent States	org	-
OAS	IGOOAS	Organization of American States	org	-
Organization of American States	IGOOAS	Organization of American States	org	-
ICRC	NGOHLHIRC	International Committee of the Red Cross	org	-
International Committee of the Red Cross	NGOHLHIRC	International Committee of the Red Cross	org	-
International Red Cross	NGOHLHIRC	International Committee of the Red Cross	org	-
Red Cross	NGOHLHIRC	International Committee of the Red Cross	org	-
Palestine Red Crescent Society	NGOHLHRCR	Red Crescent	org	-
Palestinian Red Crescent	NGOHLHRCR	Red Crescent	org	-
Red Crescent	NGOHLHRCR	Red Crescent	org	-
Syrian Arab Red Crescent	NGOHLHRCR	Red Crescent	org	-
IFRC	NGOHLHCRC	International Federation of Red Cross and Red Crescent Societies	org	-
International Federation of Red Cross and Red Crescent Societies	NGOHLHCRC	International Federation of Red Cross and Red Crescent Societies	org	-
Doctors Without Borders	NGOHLHMSF	Médecins Sans Frontières	org	-
International Federation for Human Rights	NGOHRIFID	International Federation for Human Rights	org	-
ICG	NGOICG	International Crisis Group	org	-
International Organisation for Migration	NGOREFIOM	International Organization for Migration	org	-
International Organization for Migration	NGOREFIOM	International Organization for Migration	org	-
IOM	NGOREFIOM	International Organization for Migration	org	-
SOHR	NGOHRI	Syrian Observatory for Human Rights	org	-
Syrian Observatory for Human Rights	NGOHRI	Syrian Observatory for Human Rights	org	-
Action Against Hunger	NGO	Humanitarian NGOs	org	-
International Rescue Committee	NGO	Humanitarian NGOs	org	-
Norwegian Refugee Council	NGO	Humanitarian NGOs	org	-
Reporters Without Borders	NGO	Humanitarian NGOs	org	-

# Capitals and seats standing for a government.
Damascus	SYRGOV	Syrian government	government	-
Baghdad	IRQGOV	Iraqi government	government	-
Department of State	USAGOV	U.S. government	government	-
State Department	USAGOV	U.S. government	government	-
White House	USAGOV	U.S. government	government	-
Moscow	RUSGOV	Russian government	government	-
Elysee	FRAGOV	French government	government	-
Élysée Palace	FRAGOV	French government	government	-
London	GBRGOV	British government	government	-
Whitehall	GBRGOV	British government	government	-
Algiers	DZAGOV	Algerian government	government	-
Cairo	EGYGOV	Egyptian government	government	-
Mogadishu	SOMGOV	Somali government	government	-
Teheran	IRNGOV	Iranian government	government	-
Tehran	IRNGOV	Iranian government	government	-
Riyadh	SAUGOV	Saudi government	government	-
Beirut	LBNGOV	Lebanese government	government	-
Kabul	AFGGOV	Afghan government	government	-
Beijing	CHNGOV	Chinese government	government	-
Peking	CHNGOV	Chinese government	government	-
Seoul	KORGOV	South Korean government	government	-
Havana	CUBGOV	Cuban government	government	-
Yerevan	ARMGOV	Armenian government	government	-
Baku	AZEGOV	Azerbaijani government	government	-
Tbilisi	GEOGOV	Georgian government	government	-

# Persons whose role fixes the code.
Bashar al Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
Bashar al-Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
Bashar Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
Bashar el Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
Bashar el-Assad	SYRGOV	Bashar al-Assad	person	2000-07-17..2024-12-08
Putin	RUSGOV	Vladimir Putin	person	2000-05-07..
Vladimir Putin	RUSGOV	Vladimir Putin	person	2000-05-07..
Sergei Lavrov	RUSGOV	Sergei Lavrov	person	-
Sergey Lavrov	RUSGOV	Sergei Lavrov	person	-
Dmitry Medvedev	RUSGOV	Dmitry Medvedev	person	-
Sergei Shoigu	RUSGOV	Sergei Shoigu	person	-
Shoigu	RUSGOV	Sergei Shoigu	person	-
Gerasimov	RUSMIL	Valery Gerasimov	person	-
Valery Gerasimov	RUSMIL	Valery Gerasimov	person	-
Prigozhin	RUSMIL	Yevgeny Prigozhin	person	-
Yevgeny Prigozhin	RUSMIL	Yevgeny Prigozhin	person	-
Volodymyr Zelenskiy	UKRGOV	Volodymyr Zelensky	person	2019-05-20..
Volodymyr Zelenskyy	UKRGOV	Volodymyr Zelensky	person	2019-05-20..
Zelenskiy	UKRGOV	Volodymyr Zelensky	person	2019-05-20..
Zelenskyy	UKRGOV	Volodymyr Zelensky	person	2019-05-20..
Petro Poroshenko	UKRGOV	Petro Poroshenko	person	-
Poroshenko	UKRGOV	Petro Poroshenko	person	-
Benjamin Netanyahu	ISRGOV	Benjamin Netanyahu	person	1996-06-18..1999-07-06,2009-03-31..2021-06-13,2022-12-29..
Netanyahu	ISRGOV	Benjamin Netanyahu	person	1996-06-18..1999-07-06,2009-03-31..2021-06-13,2022-12-29..
Abu Bakr al Baghdadi	IMGMUSISI	Abu Bakr al-Baghdadi	person	-
Abu Bakr al-Baghdadi	IMGMUSISI	Abu Bakr al-Baghdadi	person	-
Gaddafi	LBYGOV	Muammar Gaddafi	person	-
Gadhafi	LBYGOV	Muammar Gaddafi	person	-
Moammar Gadhafi	LBYGOV	Muammar Gaddafi	person	-
Muammar al Gaddafi	LBYGOV	Muammar Gaddafi	person	-
Muammar al-Gaddafi	LBYGOV	Muammar Gaddafi	person	-
Muammar Gaddafi	LBYGOV	Muammar Gaddafi	person	-
Muammar Qaddafi	LBYGOV	Muammar Gaddafi	person	-
Qaddafi	LBYGOV	Muammar Gaddafi	person	-
Qadhafi	LBYGOV	Muammar Gaddafi	person	-
Osama bin Laden	IMGMUSALQ	Osama bin Laden	person	-
Usama bin Laden	IMGMUSALQ	Osama bin Laden	person	-
Usama bin Ladin	IMGMUSALQ	Osama bin Laden	person	-
Masoud Pezeshkian	IRNGOV	Masoud Pezeshkian	person	-
Abdel Fattah al Sisi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
Abdel Fattah al-Sisi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
Abdel Fattah el Sisi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
Abdel Fattah el-Sisi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
el Sisi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
el-Sisi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
Sisi	EGYGOV	Abdel Fattah al-Sisi	person	2014-06-08..
Hosni Mubarak	EGYGOV	Hosni Mubarak	person	-
Mohammad bin Salman	SAUGOV	Mohammed bin Salman	person	-
Mohammed bin Salman	SAUGOV	Mohammed bin Salman	person	-
King Salman	SAUGOV	King Salman	person	-
Abdel Fattah al Burhan	SDNMIL	Abdel Fattah al-Burhan	person	-
Abdel Fattah al-Burhan	SDNMIL	Abdel Fattah al-Burhan	person	-
Abdel Fattah Burhan	SDNMIL	Abdel Fattah al-Burhan	person	-
al Burhan	SDNMIL	Abdel Fattah al-Burhan	person	-
al-Burhan	SDNMIL	Abdel Fattah al-Burhan	person	-
al Bashir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
al-Bashir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
Omar al Bashir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
Omar al-Bashir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
Omar Hassan al Bashir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
Omar Hassan al-Bashir	SDNGOV	Omar al-Bashir	person	1989-06-30..2019-04-11
Sinwar	PSEREB	Yahya Sinwar	person	-
Yahya Sinwar	PSEREB	Yahya Sinwar	person	-
Khaled Mashal	PSEREB	Khaled Meshaal	person	-
Khaled Meshaal	PSEREB	Khaled Meshaal	person	-
Meshaal	PSEREB	Khaled Meshaal	person	-
Abu Mazen	PSEGOV	Mahmoud Abbas	person	-
Abdul Malik al Houthi	YEMREB	Abdul-Malik al-Houthi	person	-
Abdul-Malik al-Houthi	YEMREB	Abdul-Malik al-Houthi	person	-
Abdulmalik al Houthi	YEMREB	Abdul-Malik al-Houthi	person	-
Abdulmalik al-Houthi	YEMREB	Abdul-Malik al-Houthi	person	-
Ali Abdullah Saleh	YEMGOV	Ali Abdullah Saleh	person	-
Abd Rabbu Mansour Hadi	YEMGOV	Abd Rabbo Mansour Hadi	person	-
Abd-Rabbu Mansour Hadi	YEMGOV	Abd Rabbo Mansour Hadi	person	-
Abdrabbuh Mansur Hadi	YEMGOV	Abd Rabbo Mansour Hadi	person	-
Abed Rabbo Mansour Hadi	YEMGOV	Abd Rabbo Mansour Hadi	person	-
Mullah Mohammad Omar	AFGREB	Mullah Omar	person	-
Mullah Omar	AFGREB	Mullah Omar	person	-
Hamid Karzai	AFGGOV	Hamid Karzai	person	-
Karzai	AFGGOV	Hamid Karzai	person	-
Francois Hollande	FRAGOV	François Hollande	person	2012-05-15..2017-05-14
Alexander Lukashenko	BLRGOV	Alexander Lukashenko	person	-
Aliaksandr Lukashenka	BLRGOV	Alexander Lukashenko	person	-
Lukashenka	BLRGOV	Alexander Lukashenko	person	-
Lukashenko	BLRGOV	Alexander Lukashenko	person	-
Saddam Hussain	IRQGOV	Saddam Hussein	person	-
Hassan Sheikh Mohamud	SOMGOV	Hassan Sheikh Mohamud	person	-
Afwerki	ERIGOV	Isaias Afwerki	person	-
Isaias Afwerki	ERIGOV	Isaias Afwerki	person	-
Ilham Aliyev	AZEGOV	Ilham Aliyev	person	-
Nikol Pashinyan	ARMGOV	Nikol Pashinyan	person	-
Pashinyan	ARMGOV	Nikol Pashinyan	person	-

# Continents and world regions, with CAMEO's region codes: "European diplomats", "les pays
# africains", and the geocoder's demonyms for regions (European -> Europe).
@lang *
Europe	EUR	Europe	country	-

@lang fr
Asie	ASA	Asia	country	-
Afrique	AFR	Africa	country	-
Moyen-Orient	MEA	Middle East	country	-
Proche-Orient	MEA	Middle East	country	-
Asie du Sud-Est	SEA	Southeast Asia	country	-
Scandinavie	SCN	Scandinavia	country	-
européen	EUR	Europe	demonym	-
européenne	EUR	Europe	demonym	-
européens	EUR	Europe	demonym	-
européennes	EUR	Europe	demonym	-
asiatique	ASA	Asia	demonym	-
asiatiques	ASA	Asia	demonym	-
africain	AFR	Africa	demonym	-
africaine	AFR	Africa	demonym	-
africains	AFR	Africa	demonym	-
africaines	AFR	Africa	demonym	-
moyen-oriental	MEA	Middle East	demonym	-
moyen-orientale	MEA	Middle East	demonym	-
moyen-orientaux	MEA	Middle East	demonym	-
moyen-orientales	MEA	Middle East	demonym	-
scandinave	SCN	Scandinavia	demonym	-
scandinaves	SCN	Scandinavia	demonym	-

@lang en
Asia	ASA	Asia	country	-
Africa	AFR	Africa	country	-
Middle East	MEA	Middle East	country	-
Southeast Asia	SEA	Southeast Asia	country	-
South East Asia	SEA	Southeast Asia	country	-
South-East Asia	SEA	Southeast Asia	country	-
Scandinavia	SCN	Scandinavia	country	-
European	EUR	Europe	demonym	-
Europeans	EUR	Europe	demonym	-
Asian	ASA	Asia	demonym	-
Asians	ASA	Asia	demonym	-
African	AFR	Africa	demonym	-
Africans	AFR	Africa	demonym	-
Middle Eastern	MEA	Middle East	demonym	-
Southeast Asian	SEA	Southeast Asia	demonym	-
South East Asian	SEA	Southeast Asia	demonym	-
South-East Asian	SEA	Southeast Asia	demonym	-
Scandinavian	SCN	Scandinavia	demonym	-
Scandinavians	SCN	Scandinavia	demonym	-

# Tigrayan forces, named by their people
@kind actors
@lang fr
forces tigréennes	ETHREB	Tigray Defence Forces	group	-
combattants tigréens	ETHREB	Tigray Defence Forces	group	-
rebelles tigréens	ETHREB	Tigray Defence Forces	group	-
@lang en
Tigrayan forces	ETHREB	Tigray Defence Forces	group	-
Tigrayan fighters	ETHREB	Tigray Defence Forces	group	-
Tigrayan rebels	ETHREB	Tigray Defence Forces	group	-
