# ACLED's names, for the CSV export in ACLED's columns (docs/STORE.md, "Queries and exports").
# Format: docs/LEXICON.md. Edit these rows to follow ACLED's own actor list; nothing here is derived
# from codes at run time: an actor without a row keeps sitrep's name.

# acled_actors: CAMEO actor code, sitrep's actor name ('-': any actor of that code), the name ACLED
# writes. A row naming the actor wins over the code's row. State forces carry the period of the
# government they serve, as ACLED writes it.
@kind acled_actors
@lang *

MLIMIL	-	Military Forces of Mali (2021-)
MLICOP	-	Police Forces of Mali (2021-)
MLIGOV	-	Government of Mali (2021-)
MLICVL	-	Civilians (Mali)
MLIUAF	-	Unidentified Armed Group (Mali)

BFAMIL	-	Military Forces of Burkina Faso (2022-)
BFACOP	-	Police Forces of Burkina Faso (2022-)
BFAGOV	-	Government of Burkina Faso (2022-)
BFACVL	-	Civilians (Burkina Faso)
BFAUAF	-	Unidentified Armed Group (Burkina Faso)

NERMIL	-	Military Forces of Niger (2023-)
NERCOP	-	Police Forces of Niger (2023-)
NERGOV	-	Government of Niger (2023-)
NERCVL	-	Civilians (Niger)
NERUAF	-	Unidentified Armed Group (Niger)

NGAMIL	-	Military Forces of Nigeria (2023-)
NGACOP	-	Police Forces of Nigeria (2023-)
NGAGOV	-	Government of Nigeria (2023-)
NGACVL	-	Civilians (Nigeria)
NGAUAF	-	Unidentified Armed Group (Nigeria)

TCDMIL	-	Military Forces of Chad (2021-)
TCDCOP	-	Police Forces of Chad (2021-)
TCDGOV	-	Government of Chad (2021-)
TCDCVL	-	Civilians (Chad)
TCDUAF	-	Unidentified Armed Group (Chad)

CMRMIL	-	Military Forces of Cameroon (1982-)
CMRCOP	-	Police Forces of Cameroon (1982-)
CMRGOV	-	Government of Cameroon (1982-)
CMRCVL	-	Civilians (Cameroon)
CMRUAF	-	Unidentified Armed Group (Cameroon)

BENMIL	-	Military Forces of Benin (2016-)
BENCOP	-	Police Forces of Benin (2016-)
BENGOV	-	Government of Benin (2016-)
BENCVL	-	Civilians (Benin)
BENUAF	-	Unidentified Armed Group (Benin)

TGOMIL	-	Military Forces of Togo (2005-)
TGOCOP	-	Police Forces of Togo (2005-)
TGOGOV	-	Government of Togo (2005-)
TGOCVL	-	Civilians (Togo)
TGOUAF	-	Unidentified Armed Group (Togo)

ETHMIL	-	Military Forces of Ethiopia (2018-)
ETHCOP	-	Police Forces of Ethiopia (2018-)
ETHGOV	-	Government of Ethiopia (2018-)
ETHCVL	-	Civilians (Ethiopia)
ETHUAF	-	Unidentified Armed Group (Ethiopia)

SOMMIL	-	Military Forces of Somalia (2022-)
SOMCOP	-	Police Forces of Somalia (2022-)
SOMGOV	-	Government of Somalia (2022-)
SOMCVL	-	Civilians (Somalia)
SOMUAF	-	Unidentified Armed Group (Somalia)

SDNMIL	-	Military Forces of Sudan (2019-)
SDNCOP	-	Police Forces of Sudan (2019-)
SDNGOV	-	Government of Sudan (2019-)
SDNCVL	-	Civilians (Sudan)
SDNUAF	-	Unidentified Armed Group (Sudan)

SSDMIL	-	Military Forces of South Sudan (2011-)
SSDCOP	-	Police Forces of South Sudan (2011-)
SSDGOV	-	Government of South Sudan (2011-)
SSDCVL	-	Civilians (South Sudan)
SSDUAF	-	Unidentified Armed Group (South Sudan)

CODMIL	-	Military Forces of the Democratic Republic of Congo (2019-)
CODCOP	-	Police Forces of the Democratic Republic of Congo (2019-)
CODGOV	-	Government of the Democratic Republic of Congo (2019-)
CODCVL	-	Civilians (Democratic Republic of Congo)
CODUAF	-	Unidentified Armed Group (Democratic Republic of Congo)

CAFMIL	-	Military Forces of the Central African Republic (2016-)
CAFCOP	-	Police Forces of the Central African Republic (2016-)
CAFGOV	-	Government of the Central African Republic (2016-)
CAFCVL	-	Civilians (Central African Republic)
CAFUAF	-	Unidentified Armed Group (Central African Republic)

MOZMIL	-	Military Forces of Mozambique (2025-)
MOZCOP	-	Police Forces of Mozambique (2025-)
MOZGOV	-	Government of Mozambique (2025-)
MOZCVL	-	Civilians (Mozambique)
MOZUAF	-	Unidentified Armed Group (Mozambique)

SYRMIL	-	Military Forces of Syria (2000-)
SYRCOP	-	Police Forces of Syria (2000-)
SYRGOV	-	Government of Syria (2000-)
SYRCVL	-	Civilians (Syria)
SYRUAF	-	Unidentified Armed Group (Syria)

IRQMIL	-	Military Forces of Iraq (2022-)
IRQCOP	-	Police Forces of Iraq (2022-)
IRQGOV	-	Government of Iraq (2022-)
IRQCVL	-	Civilians (Iraq)
IRQUAF	-	Unidentified Armed Group (Iraq)

ISRMIL	-	Military Forces of Israel (2022-)
ISRCOP	-	Police Forces of Israel (2022-)
ISRGOV	-	Government of Israel (2022-)
ISRCVL	-	Civilians (Israel)
ISRUAF	-	Unidentified Armed Group (Israel)

UKRMIL	-	Military Forces of Ukraine (2019-)
UKRCOP	-	Police Forces of Ukraine (2019-)
UKRGOV	-	Government of Ukraine (2019-)
UKRCVL	-	Civilians (Ukraine)
UKRUAF	-	Unidentified Armed Group (Ukraine)

RUSMIL	-	Military Forces of Russia (2000-)
RUSCOP	-	Police Forces of Russia (2000-)
RUSGOV	-	Government of Russia (2000-)
RUSCVL	-	Civilians (Russia)
RUSUAF	-	Unidentified Armed Group (Russia)

AFGMIL	-	Military Forces of Afghanistan (2021-)
AFGCOP	-	Police Forces of Afghanistan (2021-)
AFGGOV	-	Government of Afghanistan (2021-)
AFGCVL	-	Civilians (Afghanistan)
AFGUAF	-	Unidentified Armed Group (Afghanistan)

# Civilians and unidentified armed groups of the other countries.
ANDCVL	-	Civilians (Andorra)
ANDUAF	-	Unidentified Armed Group (Andorra)
ARECVL	-	Civilians (United Arab Emirates)
AREUAF	-	Unidentified Armed Group (United Arab Emirates)
ATGCVL	-	Civilians (Antigua and Barbuda)
ATGUAF	-	Unidentified Armed Group (Antigua and Barbuda)
ALBCVL	-	Civilians (Albania)
ALBUAF	-	Unidentified Armed Group (Albania)
ARMCVL	-	Civilians (Armenia)
ARMUAF	-	Unidentified Armed Group (Armenia)
AGOCVL	-	Civilians (Angola)
AGOUAF	-	Unidentified Armed Group (Angola)
ARGCVL	-	Civilians (Argentina)
ARGUAF	-	Unidentified Armed Group (Argentina)
AUTCVL	-	Civilians (Austria)
AUTUAF	-	Unidentified Armed Group (Austria)
AUSCVL	-	Civilians (Australia)
AUSUAF	-	Unidentified Armed Group (Australia)
AZECVL	-	Civilians (Azerbaijan)
AZEUAF	-	Unidentified Armed Group (Azerbaijan)
BIHCVL	-	Civilians (Bosnia and Herzegovina)
BIHUAF	-	Unidentified Armed Group (Bosnia and Herzegovina)
BRBCVL	-	Civilians (Barbados)
BRBUAF	-	Unidentified Armed Group (Barbados)
BGDCVL	-	Civilians (Bangladesh)
BGDUAF	-	Unidentified Armed Group (Bangladesh)
BELCVL	-	Civilians (Belgium)
BELUAF	-	Unidentified Armed Group (Belgium)
BGRCVL	-	Civilians (Bulgaria)
BGRUAF	-	Unidentified Armed Group (Bulgaria)
BHRCVL	-	Civilians (Bahrain)
BHRUAF	-	Unidentified Armed Group (Bahrain)
BDICVL	-	Civilians (Burundi)
BDIUAF	-	Unidentified Armed Group (Burundi)
BRNCVL	-	Civilians (Brunei)
BRNUAF	-	Unidentified Armed Group (Brunei)
BOLCVL	-	Civilians (Bolivia)
BOLUAF	-	Unidentified Armed Group (Bolivia)
BRACVL	-	Civilians (Brazil)
BRAUAF	-	Unidentified Armed Group (Brazil)
BHSCVL	-	Civilians (Bahamas)
BHSUAF	-	Unidentified Armed Group (Bahamas)
BTNCVL	-	Civilians (Bhutan)
BTNUAF	-	Unidentified Armed Group (Bhutan)
BWACVL	-	Civilians (Botswana)
BWAUAF	-	Unidentified Armed Group (Botswana)
BLRCVL	-	Civilians (Belarus)
BLRUAF	-	Unidentified Armed Group (Belarus)
BLZCVL	-	Civilians (Belize)
BLZUAF	-	Unidentified Armed Group (Belize)
CANCVL	-	Civilians (Canada)
CANUAF	-	Unidentified Armed Group (Canada)
COGCVL	-	Civilians (Republic of Congo)
COGUAF	-	Unidentified Armed Group (Republic of Congo)
CHECVL	-	Civilians (Switzerland)
CHEUAF	-	Unidentified Armed Group (Switzerland)
CIVCVL	-	Civilians (Ivory Coast)
CIVUAF	-	Unidentified Armed Group (Ivory Coast)
CHLCVL	-	Civilians (Chile)
CHLUAF	-	Unidentified Armed Group (Chile)
CHNCVL	-	Civilians (China)
CHNUAF	-	Unidentified Armed Group (China)
COLCVL	-	Civilians (Colombia)
COLUAF	-	Unidentified Armed Group (Colombia)
CRICVL	-	Civilians (Costa Rica)
CRIUAF	-	Unidentified Armed Group (Costa Rica)
CUBCVL	-	Civilians (Cuba)
CUBUAF	-	Unidentified Armed Group (Cuba)
CPVCVL	-	Civilians (Cape Verde)
CPVUAF	-	Unidentified Armed Group (Cape Verde)
CYPCVL	-	Civilians (Cyprus)
CYPUAF	-	Unidentified Armed Group (Cyprus)
CZECVL	-	Civilians (Czech Republic)
CZEUAF	-	Unidentified Armed Group (Czech Republic)
DEUCVL	-	Civilians (Germany)
DEUUAF	-	Unidentified Armed Group (Germany)
DJICVL	-	Civilians (Djibouti)
DJIUAF	-	Unidentified Armed Group (Djibouti)
DNKCVL	-	Civilians (Denmark)
DNKUAF	-	Unidentified Armed Group (Denmark)
DMACVL	-	Civilians (Dominica)
DMAUAF	-	Unidentified Armed Group (Dominica)
DOMCVL	-	Civilians (Dominican Republic)
DOMUAF	-	Unidentified Armed Group (Dominican Republic)
DZACVL	-	Civilians (Algeria)
DZAUAF	-	Unidentified Armed Group (Algeria)
ECUCVL	-	Civilians (Ecuador)
ECUUAF	-	Unidentified Armed Group (Ecuador)
ESTCVL	-	Civilians (Estonia)
ESTUAF	-	Unidentified Armed Group (Estonia)
EGYCVL	-	Civilians (Egypt)
EGYUAF	-	Unidentified Armed Group (Egypt)
ESHCVL	-	Civilians (Western Sahara)
ESHUAF	-	Unidentified Armed Group (Western Sahara)
ERICVL	-	Civilians (Eritrea)
ERIUAF	-	Unidentified Armed Group (Eritrea)
ESPCVL	-	Civilians (Spain)
ESPUAF	-	Unidentified Armed Group (Spain)
FINCVL	-	Civilians (Finland)
FINUAF	-	Unidentified Armed Group (Finland)
FJICVL	-	Civilians (Fiji)
FJIUAF	-	Unidentified Armed Group (Fiji)
FSMCVL	-	Civilians (Micronesia)
FSMUAF	-	Unidentified Armed Group (Micronesia)
FRACVL	-	Civilians (France)
FRAUAF	-	Unidentified Armed Group (France)
GABCVL	-	Civilians (Gabon)
GABUAF	-	Unidentified Armed Group (Gabon)
GBRCVL	-	Civilians (United Kingdom)
GBRUAF	-	Unidentified Armed Group (United Kingdom)
GRDCVL	-	Civilians (Grenada)
GRDUAF	-	Unidentified Armed Group (Grenada)
GEOCVL	-	Civilians (Georgia)
GEOUAF	-	Unidentified Armed Group (Georgia)
GHACVL	-	Civilians (Ghana)
GHAUAF	-	Unidentified Armed Group (Ghana)
GMBCVL	-	Civilians (Gambia)
GMBUAF	-	Unidentified Armed Group (Gambia)
GINCVL	-	Civilians (Guinea)
GINUAF	-	Unidentified Armed Group (Guinea)
GNQCVL	-	Civilians (Equatorial Guinea)
GNQUAF	-	Unidentified Armed Group (Equatorial Guinea)
GRCCVL	-	Civilians (Greece)
GRCUAF	-	Unidentified Armed Group (Greece)
GTMCVL	-	Civilians (Guatemala)
GTMUAF	-	Unidentified Armed Group (Guatemala)
GNBCVL	-	Civilians (Guinea-Bissau)
GNBUAF	-	Unidentified Armed Group (Guinea-Bissau)
GUYCVL	-	Civilians (Guyana)
GUYUAF	-	Unidentified Armed Group (Guyana)
HNDCVL	-	Civilians (Honduras)
HNDUAF	-	Unidentified Armed Group (Honduras)
HRVCVL	-	Civilians (Croatia)
HRVUAF	-	Unidentified Armed Group (Croatia)
HTICVL	-	Civilians (Haiti)
HTIUAF	-	Unidentified Armed Group (Haiti)
HUNCVL	-	Civilians (Hungary)
HUNUAF	-	Unidentified Armed Group (Hungary)
IDNCVL	-	Civilians (Indonesia)
IDNUAF	-	Unidentified Armed Group (Indonesia)
IRLCVL	-	Civilians (Ireland)
IRLUAF	-	Unidentified Armed Group (Ireland)
INDCVL	-	Civilians (India)
INDUAF	-	Unidentified Armed Group (India)
IRNCVL	-	Civilians (Iran)
IRNUAF	-	Unidentified Armed Group (Iran)
ISLCVL	-	Civilians (Iceland)
ISLUAF	-	Unidentified Armed Group (Iceland)
ITACVL	-	Civilians (Italy)
ITAUAF	-	Unidentified Armed Group (Italy)
JAMCVL	-	Civilians (Jamaica)
JAMUAF	-	Unidentified Armed Group (Jamaica)
JORCVL	-	Civilians (Jordan)
JORUAF	-	Unidentified Armed Group (Jordan)
JPNCVL	-	Civilians (Japan)
JPNUAF	-	Unidentified Armed Group (Japan)
KENCVL	-	Civilians (Kenya)
KENUAF	-	Unidentified Armed Group (Kenya)
KGZCVL	-	Civilians (Kyrgyzstan)
KGZUAF	-	Unidentified Armed Group (Kyrgyzstan)
KHMCVL	-	Civilians (Cambodia)
KHMUAF	-	Unidentified Armed Group (Cambodia)
KIRCVL	-	Civilians (Kiribati)
KIRUAF	-	Unidentified Armed Group (Kiribati)
COMCVL	-	Civilians (Comoros)
COMUAF	-	Unidentified Armed Group (Comoros)
KNACVL	-	Civilians (Saint Kitts and Nevis)
KNAUAF	-	Unidentified Armed Group (Saint Kitts and Nevis)
PRKCVL	-	Civilians (North Korea)
PRKUAF	-	Unidentified Armed Group (North Korea)
KORCVL	-	Civilians (South Korea)
KORUAF	-	Unidentified Armed Group (South Korea)
KWTCVL	-	Civilians (Kuwait)
KWTUAF	-	Unidentified Armed Group (Kuwait)
KAZCVL	-	Civilians (Kazakhstan)
KAZUAF	-	Unidentified Armed Group (Kazakhstan)
LAOCVL	-	Civilians (Laos)
LAOUAF	-	Unidentified Armed Group (Laos)
LBNCVL	-	Civilians (Lebanon)
LBNUAF	-	Unidentified Armed Group (Lebanon)
LCACVL	-	Civilians (Saint Lucia)
LCAUAF	-	Unidentified Armed Group (Saint Lucia)
LIECVL	-	Civilians (Liechtenstein)
LIEUAF	-	Unidentified Armed Group (Liechtenstein)
LKACVL	-	Civilians (Sri Lanka)
LKAUAF	-	Unidentified Armed Group (Sri Lanka)
LBRCVL	-	Civilians (Liberia)
LBRUAF	-	Unidentified Armed Group (Liberia)
LSOCVL	-	Civilians (Lesotho)
LSOUAF	-	Unidentified Armed Group (Lesotho)
LTUCVL	-	Civilians (Lithuania)
LTUUAF	-	Unidentified Armed Group (Lithuania)
LUXCVL	-	Civilians (Luxembourg)
LUXUAF	-	Unidentified Armed Group (Luxembourg)
LVACVL	-	Civilians (Latvia)
LVAUAF	-	Unidentified Armed Group (Latvia)
LBYCVL	-	Civilians (Libya)
LBYUAF	-	Unidentified Armed Group (Libya)
MARCVL	-	Civilians (Morocco)
MARUAF	-	Unidentified Armed Group (Morocco)
MCOCVL	-	Civilians (Monaco)
MCOUAF	-	Unidentified Armed Group (Monaco)
MDACVL	-	Civilians (Moldova)
MDAUAF	-	Unidentified Armed Group (Moldova)
MNECVL	-	Civilians (Montenegro)
MNEUAF	-	Unidentified Armed Group (Montenegro)
MDGCVL	-	Civilians (Madagascar)
MDGUAF	-	Unidentified Armed Group (Madagascar)
MHLCVL	-	Civilians (Marshall Islands)
MHLUAF	-	Unidentified Armed Group (Marshall Islands)
MKDCVL	-	Civilians (North Macedonia)
MKDUAF	-	Unidentified Armed Group (North Macedonia)
MMRCVL	-	Civilians (Myanmar)
MMRUAF	-	Unidentified Armed Group (Myanmar)
MNGCVL	-	Civilians (Mongolia)
MNGUAF	-	Unidentified Armed Group (Mongolia)
MRTCVL	-	Civilians (Mauritania)
MRTUAF	-	Unidentified Armed Group (Mauritania)
MLTCVL	-	Civilians (Malta)
MLTUAF	-	Unidentified Armed Group (Malta)
MUSCVL	-	Civilians (Mauritius)
MUSUAF	-	Unidentified Armed Group (Mauritius)
MDVCVL	-	Civilians (Maldives)
MDVUAF	-	Unidentified Armed Group (Maldives)
MWICVL	-	Civilians (Malawi)
MWIUAF	-	Unidentified Armed Group (Malawi)
MEXCVL	-	Civilians (Mexico)
MEXUAF	-	Unidentified Armed Group (Mexico)
MYSCVL	-	Civilians (Malaysia)
MYSUAF	-	Unidentified Armed Group (Malaysia)
NAMCVL	-	Civilians (Namibia)
NAMUAF	-	Unidentified Armed Group (Namibia)
NICCVL	-	Civilians (Nicaragua)
NICUAF	-	Unidentified Armed Group (Nicaragua)
NLDCVL	-	Civilians (Netherlands)
NLDUAF	-	Unidentified Armed Group (Netherlands)
NORCVL	-	Civilians (Norway)
NORUAF	-	Unidentified Armed Group (Norway)
NPLCVL	-	Civilians (Nepal)
NPLUAF	-	Unidentified Armed Group (Nepal)
NRUCVL	-	Civilians (Nauru)
NRUUAF	-	Unidentified Armed Group (Nauru)
NZLCVL	-	Civilians (New Zealand)
NZLUAF	-	Unidentified Armed Group (New Zealand)
OMNCVL	-	Civilians (Oman)
OMNUAF	-	Unidentified Armed Group (Oman)
PANCVL	-	Civilians (Panama)
PANUAF	-	Unidentified Armed Group (Panama)
PERCVL	-	Civilians (Peru)
PERUAF	-	Unidentified Armed Group (Peru)
PNGCVL	-	Civilians (Papua New Guinea)
PNGUAF	-	Unidentified Armed Group (Papua New Guinea)
PHLCVL	-	Civilians (Philippines)
PHLUAF	-	Unidentified Armed Group (Philippines)
PAKCVL	-	Civilians (Pakistan)
PAKUAF	-	Unidentified Armed Group (Pakistan)
POLCVL	-	Civilians (Poland)
POLUAF	-	Unidentified Armed Group (Poland)
PSECVL	-	Civilians (Palestine)
PSEUAF	-	Unidentified Armed Group (Palestine)
PRTCVL	-	Civilians (Portugal)
PRTUAF	-	Unidentified Armed Group (Portugal)
PLWCVL	-	Civilians (Palau)
PLWUAF	-	Unidentified Armed Group (Palau)
PRYCVL	-	Civilians (Paraguay)
PRYUAF	-	Unidentified Armed Group (Paraguay)
QATCVL	-	Civilians (Qatar)
QATUAF	-	Unidentified Armed Group (Qatar)
ROUCVL	-	Civilians (Romania)
ROUUAF	-	Unidentified Armed Group (Romania)
SRBCVL	-	Civilians (Serbia)
SRBUAF	-	Unidentified Armed Group (Serbia)
RWACVL	-	Civilians (Rwanda)
RWAUAF	-	Unidentified Armed Group (Rwanda)
SAUCVL	-	Civilians (Saudi Arabia)
SAUUAF	-	Unidentified Armed Group (Saudi Arabia)
SLBCVL	-	Civilians (Solomon Islands)
SLBUAF	-	Unidentified Armed Group (Solomon Islands)
SYCCVL	-	Civilians (Seychelles)
SYCUAF	-	Unidentified Armed Group (Seychelles)
SWECVL	-	Civilians (Sweden)
SWEUAF	-	Unidentified Armed Group (Sweden)
SGPCVL	-	Civilians (Singapore)
SGPUAF	-	Unidentified Armed Group (Singapore)
SVNCVL	-	Civilians (Slovenia)
SVNUAF	-	Unidentified Armed Group (Slovenia)
SVKCVL	-	Civilians (Slovakia)
SVKUAF	-	Unidentified Armed Group (Slovakia)
SLECVL	-	Civilians (Sierra Leone)
SLEUAF	-	Unidentified Armed Group (Sierra Leone)
SMRCVL	-	Civilians (San Marino)
SMRUAF	-	Unidentified Armed Group (San Marino)
SENCVL	-	Civilians (Senegal)
SENUAF	-	Unidentified Armed Group (Senegal)
SURCVL	-	Civilians (Suriname)
SURUAF	-	Unidentified Armed Group (Suriname)
STPCVL	-	Civilians (Sao Tome and Principe)
STPUAF	-	Unidentified Armed Group (Sao Tome and Principe)
SLVCVL	-	Civilians (El Salvador)
SLVUAF	-	Unidentified Armed Group (El Salvador)
SWZCVL	-	Civilians (eSwatini)
SWZUAF	-	Unidentified Armed Group (eSwatini)
THACVL	-	Civilians (Thailand)
THAUAF	-	Unidentified Armed Group (Thailand)
TJKCVL	-	Civilians (Tajikistan)
TJKUAF	-	Unidentified Armed Group (Tajikistan)
TLSCVL	-	Civilians (East Timor)
TLSUAF	-	Unidentified Armed Group (East Timor)
TKMCVL	-	Civilians (Turkmenistan)
TKMUAF	-	Unidentified Armed Group (Turkmenistan)
TUNCVL	-	Civilians (Tunisia)
TUNUAF	-	Unidentified Armed Group (Tunisia)
TONCVL	-	Civilians (Tonga)
TONUAF	-	Unidentified Armed Group (Tonga)
TURCVL	-	Civilians (Turkey)
TURUAF	-	Unidentified Armed Group (Turkey)
TTOCVL	-	Civilians (Trinidad and Tobago)
TTOUAF	-	Unidentified Armed Group (Trinidad and Tobago)
TUVCVL	-	Civilians (Tuvalu)
TUVUAF	-	Unidentified Armed Group (Tuvalu)
TWNCVL	-	Civilians (Taiwan)
TWNUAF	-	Unidentified Armed Group (Taiwan)
TZACVL	-	Civilians (Tanzania)
TZAUAF	-	Unidentified Armed Group (Tanzania)
UGACVL	-	Civilians (Uganda)
UGAUAF	-	Unidentified Armed Group (Uganda)
USACVL	-	Civilians (United States)
USAUAF	-	Unidentified Armed Group (United States)
URYCVL	-	Civilians (Uruguay)
URYUAF	-	Unidentified Armed Group (Uruguay)
UZBCVL	-	Civilians (Uzbekistan)
UZBUAF	-	Unidentified Armed Group (Uzbekistan)
VATCVL	-	Civilians (Vatican City)
VATUAF	-	Unidentified Armed Group (Vatican City)
VCTCVL	-	Civilians (Saint Vincent and the Grenadines)
VCTUAF	-	Unidentified Armed Group (Saint Vincent and the Grenadines)
VENCVL	-	Civilians (Venezuela)
VENUAF	-	Unidentified Armed Group (Venezuela)
VNMCVL	-	Civilians (Vietnam)
VNMUAF	-	Unidentified Armed Group (Vietnam)
VUTCVL	-	Civilians (Vanuatu)
VUTUAF	-	Unidentified Armed Group (Vanuatu)
WSMCVL	-	Civilians (Samoa)
WSMUAF	-	Unidentified Armed Group (Samoa)
YEMCVL	-	Civilians (Yemen)
YEMUAF	-	Unidentified Armed Group (Yemen)
ZAFCVL	-	Civilians (South Africa)
ZAFUAF	-	Unidentified Armed Group (South Africa)
ZMBCVL	-	Civilians (Zambia)
ZMBUAF	-	Unidentified Armed Group (Zambia)
ZWECVL	-	Civilians (Zimbabwe)
ZWEUAF	-	Unidentified Armed Group (Zimbabwe)

# Named groups.
MLIREB	Group for the Support of Islam and Muslims (JNIM)	JNIM: Group for Support of Islam and Muslims
MLIREB	Azawad Liberation Front	FLA: Azawad Liberation Front
MLIREB	National Movement for the Liberation of Azawad	MNLA: National Movement for the Liberation of Azawad
BFAMIL	Volunteers for the Defence of the Homeland (VDP)	VDP: Volunteers for the Defense of the Homeland
IMGMUSISI	Islamic State Sahel Province	Islamic State Sahel Province
IMGMUSISI	Islamic State West Africa Province	Islamic State West Africa Province
IMGMUSISI	Islamic State Mozambique Province	Islamic State (Mozambique)
IMGMUSISI	Islamic State Central Africa Province	Islamic State (Central Africa)
NGAREB	Boko Haram	Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad
SOMREB	al-Shabaab	Al Shabaab
SYRREB	Hayat Tahrir al-Sham	Hayat Tahrir al Sham
CODREB	March 23 Movement (M23)	M23: March 23 Movement
CODREB	Allied Democratic Forces	ADF: Allied Democratic Forces
CODREB	CODECO	CODECO: Cooperative for the Development of Congo
ETHREB	Fano militia	Fano Militia
ETHREB	Oromo Liberation Army	OLA: Oromo Liberation Army
ETHREB	Tigray People's Liberation Front	TPLF: Tigray People's Liberation Front
YEMREB	Houthis (Ansar Allah)	Military Forces of Yemen (2017-) Houthi

# acled_countries: ISO 3166 alpha-2 code (as the gazetteer gives it), alpha-3 code, numeric code
# (ACLED's iso; 0 for Kosovo, which has none), the country as ACLED writes it, ACLED's region.
@kind acled_countries
@lang *

AD	AND	20	Andorra	Europe
AE	ARE	784	United Arab Emirates	Middle East
AF	AFG	4	Afghanistan	South Asia
AG	ATG	28	Antigua and Barbuda	Caribbean
AI	AIA	660	Anguilla	Caribbean
AL	ALB	8	Albania	Europe
AM	ARM	51	Armenia	Caucasus and Central Asia
AO	AGO	24	Angola	Middle Africa
AQ	ATA	10	Antarctica	Antarctica
AR	ARG	32	Argentina	South America
AS	ASM	16	American Samoa	Oceania
AT	AUT	40	Austria	Europe
AU	AUS	36	Australia	Oceania
AW	ABW	533	Aruba	Caribbean
AX	ALA	248	Åland Islands	Europe
AZ	AZE	31	Azerbaijan	Caucasus and Central Asia
BA	BIH	70	Bosnia and Herzegovina	Europe
BB	BRB	52	Barbados	Caribbean
BD	BGD	50	Bangladesh	South Asia
BE	BEL	56	Belgium	Europe
BF	BFA	854	Burkina Faso	Western Africa
BG	BGR	100	Bulgaria	Europe
BH	BHR	48	Bahrain	Middle East
BI	BDI	108	Burundi	Eastern Africa
BJ	BEN	204	Benin	Western Africa
BL	BLM	652	Saint-Barthelemy	Caribbean
BM	BMU	60	Bermuda	North America
BN	BRN	96	Brunei	Southeast Asia
BO	BOL	68	Bolivia	South America
BQ	BES	535	Caribbean Netherlands	Caribbean
BR	BRA	76	Brazil	South America
BS	BHS	44	Bahamas	Caribbean
BT	BTN	64	Bhutan	South Asia
BV	BVT	74	Bouvet Island	Antarctica
BW	BWA	72	Botswana	Southern Africa
BY	BLR	112	Belarus	Europe
BZ	BLZ	84	Belize	Central America
CA	CAN	124	Canada	North America
CC	CCK	166	Cocos (Keeling) Islands	Oceania
CD	COD	180	Democratic Republic of Congo	Middle Africa
CF	CAF	140	Central African Republic	Middle Africa
CG	COG	178	Republic of Congo	Middle Africa
CH	CHE	756	Switzerland	Europe
CI	CIV	384	Ivory Coast	Western Africa
CK	COK	184	Cook Islands	Oceania
CL	CHL	152	Chile	South America
CM	CMR	120	Cameroon	Middle Africa
CN	CHN	156	China	East Asia
CO	COL	170	Colombia	South America
CR	CRI	188	Costa Rica	Central America
CU	CUB	192	Cuba	Caribbean
CV	CPV	132	Cape Verde	Western Africa
CW	CUW	531	Curacao	Caribbean
CX	CXR	162	Christmas Island	Oceania
CY	CYP	196	Cyprus	Europe
CZ	CZE	203	Czech Republic	Europe
DE	DEU	276	Germany	Europe
DJ	DJI	262	Djibouti	Eastern Africa
DK	DNK	208	Denmark	Europe
DM	DMA	212	Dominica	Caribbean
DO	DOM	214	Dominican Republic	Caribbean
DZ	DZA	12	Algeria	Northern Africa
EC	ECU	218	Ecuador	South America
EE	EST	233	Estonia	Europe
EG	EGY	818	Egypt	Northern Africa
EH	ESH	732	Western Sahara	Northern Africa
ER	ERI	232	Eritrea	Eastern Africa
ES	ESP	724	Spain	Europe
ET	ETH	231	Ethiopia	Eastern Africa
FI	FIN	246	Finland	Europe
FJ	FJI	242	Fiji	Oceania
FK	FLK	238	Falkland Islands	South America
FM	FSM	583	Micronesia	Oceania
FO	FRO	234	Faroe Islands	Europe
FR	FRA	250	France	Europe
GA	GAB	266	Gabon	Middle Africa
GB	GBR	826	United Kingdom	Europe
GD	GRD	308	Grenada	Caribbean
GE	GEO	268	Georgia	Caucasus and Central Asia
GF	GUF	254	French Guiana	South America
GG	GGY	831	Guernsey	Europe
GH	GHA	288	Ghana	Western Africa
GI	GIB	292	Gibraltar	Europe
GL	GRL	304	Greenland	North America
GM	GMB	270	Gambia	Western Africa
GN	GIN	324	Guinea	Western Africa
GP	GLP	312	Guadeloupe	Caribbean
GQ	GNQ	226	Equatorial Guinea	Middle Africa
GR	GRC	300	Greece	Europe
GS	SGS	239	South Georgia and the South Sandwich Islands	South America
GT	GTM	320	Guatemala	Central America
GU	GUM	316	Guam	Oceania
GW	GNB	624	Guinea-Bissau	Western Africa
GY	GUY	328	Guyana	South America
HK	HKG	344	Hong Kong	East Asia
HM	HMD	334	Heard Island and McDonald Islands	Oceania
HN	HND	340	Honduras	Central America
HR	HRV	191	Croatia	Europe
HT	HTI	332	Haiti	Caribbean
HU	HUN	348	Hungary	Europe
ID	IDN	360	Indonesia	Southeast Asia
IE	IRL	372	Ireland	Europe
IL	ISR	376	Israel	Middle East
IM	IMN	833	Isle of Man	Europe
IN	IND	356	India	South Asia
IO	IOT	86	British Indian Ocean Territory	Eastern Africa
IQ	IRQ	368	Iraq	Middle East
IR	IRN	364	Iran	Middle East
IS	ISL	352	Iceland	Europe
IT	ITA	380	Italy	Europe
JE	JEY	832	Jersey	Europe
JM	JAM	388	Jamaica	Caribbean
JO	JOR	400	Jordan	Middle East
JP	JPN	392	Japan	East Asia
KE	KEN	404	Kenya	Eastern Africa
KG	KGZ	417	Kyrgyzstan	Caucasus and Central Asia
KH	KHM	116	Cambodia	Southeast Asia
KI	KIR	296	Kiribati	Oceania
KM	COM	174	Comoros	Eastern Africa
KN	KNA	659	Saint Kitts and Nevis	Caribbean
KP	PRK	408	North Korea	East Asia
KR	KOR	410	South Korea	East Asia
KW	KWT	414	Kuwait	Middle East
KY	CYM	136	Cayman Islands	Caribbean
KZ	KAZ	398	Kazakhstan	Caucasus and Central Asia
LA	LAO	418	Laos	Southeast Asia
LB	LBN	422	Lebanon	Middle East
LC	LCA	662	Saint Lucia	Caribbean
LI	LIE	438	Liechtenstein	Europe
LK	LKA	144	Sri Lanka	South Asia
LR	LBR	430	Liberia	Western Africa
LS	LSO	426	Lesotho	Southern Africa
LT	LTU	440	Lithuania	Europe
LU	LUX	442	Luxembourg	Europe
LV	LVA	428	Latvia	Europe
LY	LBY	434	Libya	Northern Africa
MA	MAR	504	Morocco	Northern Africa
MC	MCO	492	Monaco	Europe
MD	MDA	498	Moldova	Europe
ME	MNE	499	Montenegro	Europe
MF	MAF	663	Saint-Martin	Caribbean
MG	MDG	450	Madagascar	Eastern Africa
MH	MHL	584	Marshall Islands	Oceania
MK	MKD	807	North Macedonia	Europe
ML	MLI	466	Mali	Western Africa
MM	MMR	104	Myanmar	Southeast Asia
MN	MNG	496	Mongolia	East Asia
MO	MAC	446	Macao	East Asia
MP	MNP	580	Northern Mariana Islands	Oceania
MQ	MTQ	474	Martinique	Caribbean
MR	MRT	478	Mauritania	Western Africa
MS	MSR	500	Montserrat	Caribbean
MT	MLT	470	Malta	Europe
MU	MUS	480	Mauritius	Eastern Africa
MV	MDV	462	Maldives	South Asia
MW	MWI	454	Malawi	Eastern Africa
MX	MEX	484	Mexico	Central America
MY	MYS	458	Malaysia	Southeast Asia
MZ	MOZ	508	Mozambique	Eastern Africa
NA	NAM	516	Namibia	Southern Africa
NC	NCL	540	New Caledonia	Oceania
NE	NER	562	Niger	Western Africa
NF	NFK	574	Norfolk Island	Oceania
NG	NGA	566	Nigeria	Western Africa
NI	NIC	558	Nicaragua	Central America
NL	NLD	528	Netherlands	Europe
NO	NOR	578	Norway	Europe
NP	NPL	524	Nepal	South Asia
NR	NRU	520	Nauru	Oceania
NU	NIU	570	Niue	Oceania
NZ	NZL	554	New Zealand	Oceania
OM	OMN	512	Oman	Middle East
PA	PAN	591	Panama	Central America
PE	PER	604	Peru	South America
PF	PYF	258	French Polynesia	Oceania
PG	PNG	598	Papua New Guinea	Oceania
PH	PHL	608	Philippines	Southeast Asia
PK	PAK	586	Pakistan	South Asia
PL	POL	616	Poland	Europe
PM	SPM	666	Saint Pierre and Miquelon	North America
PN	PCN	612	Pitcairn	Oceania
PR	PRI	630	Puerto Rico	Caribbean
PS	PSE	275	Palestine	Middle East
PT	PRT	620	Portugal	Europe
PW	PLW	585	Palau	Oceania
PY	PRY	600	Paraguay	South America
QA	QAT	634	Qatar	Middle East
RE	REU	638	Reunion	Eastern Africa
RO	ROU	642	Romania	Europe
RS	SRB	688	Serbia	Europe
RU	RUS	643	Russia	Europe
RW	RWA	646	Rwanda	Eastern Africa
SA	SAU	682	Saudi Arabia	Middle East
SB	SLB	90	Solomon Islands	Oceania
SC	SYC	690	Seychelles	Eastern Africa
SD	SDN	729	Sudan	Northern Africa
SE	SWE	752	Sweden	Europe
SG	SGP	702	Singapore	Southeast Asia
SH	SHN	654	Saint Helena, Ascension and Tristan da Cunha	Western Africa
SI	SVN	705	Slovenia	Europe
SJ	SJM	744	Svalbard and Jan Mayen	Europe
SK	SVK	703	Slovakia	Europe
SL	SLE	694	Sierra Leone	Western Africa
SM	SMR	674	San Marino	Europe
SN	SEN	686	Senegal	Western Africa
SO	SOM	706	Somalia	Eastern Africa
SR	SUR	740	Suriname	South America
SS	SSD	728	South Sudan	Eastern Africa
ST	STP	678	Sao Tome and Principe	Middle Africa
SV	SLV	222	El Salvador	Central America
SX	SXM	534	Sint Maarten	Caribbean
SY	SYR	760	Syria	Middle East
SZ	SWZ	748	eSwatini	Southern Africa
TC	TCA	796	Turks and Caicos Islands	Caribbean
TD	TCD	148	Chad	Middle Africa
TF	ATF	260	French Southern Territories	Eastern Africa
TG	TGO	768	Togo	Western Africa
TH	THA	764	Thailand	Southeast Asia
TJ	TJK	762	Tajikistan	Caucasus and Central Asia
TK	TKL	772	Tokelau	Oceania
TL	TLS	626	East Timor	Southeast Asia
TM	TKM	795	Turkmenistan	Caucasus and Central Asia
TN	TUN	788	Tunisia	Northern Africa
TO	TON	776	Tonga	Oceania
TR	TUR	792	Turkey	Middle East
TT	TTO	780	Trinidad and Tobago	Caribbean
TV	TUV	798	Tuvalu	Oceania
TW	TWN	158	Taiwan	East Asia
TZ	TZA	834	Tanzania	Eastern Africa
UA	UKR	804	Ukraine	Europe
UG	UGA	800	Uganda	Eastern Africa
UM	UMI	581	United States Minor Outlying Islands	Oceania
US	USA	840	United States	North America
UY	URY	858	Uruguay	South America
UZ	UZB	860	Uzbekistan	Caucasus and Central Asia
VA	VAT	336	Vatican City	Europe
VC	VCT	670	Saint Vincent and the Grenadines	Caribbean
VE	VEN	862	Venezuela	South America
VG	VGB	92	British Virgin Islands	Caribbean
VI	VIR	850	United States Virgin Islands	Caribbean
VN	VNM	704	Vietnam	Southeast Asia
VU	VUT	548	Vanuatu	Oceania
WF	WLF	876	Wallis and Futuna	Oceania
WS	WSM	882	Samoa	Oceania
XK	XKX	0	Kosovo	Europe
YE	YEM	887	Yemen	Middle East
YT	MYT	175	Mayotte	Eastern Africa
ZA	ZAF	710	South Africa	Southern Africa
ZM	ZMB	894	Zambia	Eastern Africa
ZW	ZWE	716	Zimbabwe	Eastern Africa
