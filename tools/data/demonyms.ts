/**
 * Country demonyms in English and French, written by hand for this project
 * (common-knowledge words, no database copied): the demonyms the gazetteer
 * reads as weak country votes ("Lebanese police", "les secours français").
 * Countries left out have no demonym vote. One line per country:
 * "CC English[,English] | French forms".
 */
const LINES = `
AF Afghan | afghan afghane
AL Albanian | albanais albanaise
DZ Algerian | algérien algérienne
AO Angolan | angolais angolaise
AR Argentine,Argentinian | argentin argentine
AM Armenian | arménien arménienne
AU Australian | australien australienne
AT Austrian | autrichien autrichienne
AZ Azerbaijani | azerbaïdjanais azerbaïdjanaise
BH Bahraini | bahreïnien bahreïnienne
BD Bangladeshi | bangladais bangladaise
BY Belarusian | biélorusse
BE Belgian | belge
BO Bolivian | bolivien bolivienne
BA Bosnian | bosnien bosnienne
BR Brazilian | brésilien brésilienne
BG Bulgarian | bulgare
BF Burkinabe | burkinabé burkinabée
KH Cambodian | cambodgien cambodgienne
CM Cameroonian | camerounais camerounaise
CA Canadian | canadien canadienne
TD Chadian | tchadien tchadienne
CL Chilean | chilien chilienne
CN Chinese | chinois chinoise
CO Colombian | colombien colombienne
CD Congolese | congolais congolaise
CR Costa Rican | costaricien costaricienne
HR Croatian | croate
CU Cuban | cubain cubaine
CY Cypriot | chypriote
CZ Czech | tchèque
DK Danish | danois danoise
DO Dominican | dominicain dominicaine
EC Ecuadorian | équatorien équatorienne
EG Egyptian | égyptien égyptienne
SV Salvadoran | salvadorien salvadorienne
EE Estonian | estonien estonienne
ET Ethiopian | éthiopien éthiopienne
FI Finnish | finlandais finlandaise
FR French | français française
GE Georgian | géorgien géorgienne
DE German | allemand allemande
GH Ghanaian | ghanéen ghanéenne
GR Greek | grec grecque
GT Guatemalan | guatémaltèque
HT Haitian | haïtien haïtienne
HN Honduran | hondurien hondurienne
HU Hungarian | hongrois hongroise
IS Icelandic | islandais islandaise
IN Indian | indien indienne
ID Indonesian | indonésien indonésienne
IR Iranian | iranien iranienne
IQ Iraqi | irakien irakienne
IE Irish | irlandais irlandaise
IL Israeli | israélien israélienne
IT Italian | italien italienne
CI Ivorian | ivoirien ivoirienne
JM Jamaican | jamaïcain jamaïcaine
JP Japanese | japonais japonaise
JO Jordanian | jordanien jordanienne
KZ Kazakh | kazakh kazakhe
KE Kenyan | kényan kényane
KW Kuwaiti | koweïtien koweïtienne
KG Kyrgyz | kirghiz kirghize
LA Lao,Laotian | laotien laotienne
LV Latvian | letton lettone
LB Lebanese | libanais libanaise
LY Libyan | libyen libyenne
LT Lithuanian | lituanien lituanienne
MG Malagasy | malgache
MW Malawian | malawite
MY Malaysian | malaisien malaisienne
ML Malian | malien malienne
MX Mexican | mexicain mexicaine
MD Moldovan | moldave
MN Mongolian | mongol mongole
MA Moroccan | marocain marocaine
MZ Mozambican | mozambicain mozambicaine
MM Burmese | birman birmane
NP Nepali,Nepalese | népalais népalaise
NL Dutch | néerlandais néerlandaise
NZ New Zealander | néo-zélandais néo-zélandaise
NI Nicaraguan | nicaraguayen nicaraguayenne
NE Nigerien | nigérien nigérienne
NG Nigerian | nigérian nigériane
KP North Korean | nord-coréen nord-coréenne
NO Norwegian | norvégien norvégienne
OM Omani | omanais omanaise
PK Pakistani | pakistanais pakistanaise
PS Palestinian | palestinien palestinienne
PA Panamanian | panaméen panaméenne
PY Paraguayan | paraguayen paraguayenne
PE Peruvian | péruvien péruvienne
PH Filipino,Philippine | philippin philippine
PL Polish | polonais polonaise
PT Portuguese | portugais portugaise
QA Qatari | qatari qatarie
RO Romanian | roumain roumaine
RU Russian | russe
RW Rwandan | rwandais rwandaise
SA Saudi | saoudien saoudienne
SN Senegalese | sénégalais sénégalaise
RS Serbian | serbe
SG Singaporean | singapourien singapourienne
SK Slovak | slovaque
SI Slovenian | slovène
SO Somali | somalien somalienne
ZA South African | sud-africain sud-africaine
KR South Korean | sud-coréen sud-coréenne
SS South Sudanese | sud-soudanais sud-soudanaise
ES Spanish | espagnol espagnole
LK Sri Lankan | sri-lankais sri-lankaise
SD Sudanese | soudanais soudanaise
SE Swedish | suédois suédoise
CH Swiss | suisse
SY Syrian | syrien syrienne
TW Taiwanese | taïwanais taïwanaise
TJ Tajik | tadjik tadjike
TZ Tanzanian | tanzanien tanzanienne
TH Thai | thaïlandais thaïlandaise
TN Tunisian | tunisien tunisienne
TR Turkish | turc turque
TM Turkmen | turkmène
UG Ugandan | ougandais ougandaise
UA Ukrainian | ukrainien ukrainienne
AE Emirati | émirien émirienne
GB British | britannique
US American | américain américaine
UY Uruguayan | uruguayen uruguayenne
UZ Uzbek | ouzbek ouzbèke
VE Venezuelan | vénézuélien vénézuélienne
VN Vietnamese | vietnamien vietnamienne
YE Yemeni | yéménite
ZM Zambian | zambien zambienne
ZW Zimbabwean | zimbabwéen zimbabwéenne
`;

/** ISO 3166-1 alpha-2 -> demonyms (English, then French forms). */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  LINES.trim()
    .split('\n')
    .map((line) => {
      const m = /^([A-Z]{2}) ([^|]+)\|(.*)$/.exec(line);
      if (!m) throw new Error(`demonyms: bad line ${line}`);
      const en = (m[2] as string).trim().split(',');
      const fr = (m[3] as string).trim().split(/\s+/).filter(Boolean);
      // French demonyms are written with a capital when they name people ("les Français"); posts write both.
      const cap = fr.map((w) => w[0]?.toUpperCase() + w.slice(1));
      return [m[1] as string, [...new Set([...en, ...cap])]];
    }),
);
