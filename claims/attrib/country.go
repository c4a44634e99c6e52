package attrib

import "strings"

// CountryOfAdjective returns the country a folded nationality adjective
// names ("indian" → "India"), "" if w is not one.
func CountryOfAdjective(w string) string { return countryOfAdjective(w) }

// countryOfAdjective maps a folded nationality adjective to its country, "" if
// w is not one. The list covers the countries that appear around Vietnam and
// Japan in news plus the largest economies; unknown ones fall back to the
// generic "of"/"to" handling.
func countryOfAdjective(w string) string {
	switch w {
	case "japanese":
		return "Japan"
	case "vietnamese":
		return "Vietnam"
	case "chinese":
		return "China"
	case "korean", "south korean":
		return "Korea"
	case "american", "us", "u.s.":
		return "United States"
	case "french":
		return "France"
	case "german":
		return "Germany"
	case "british":
		return "United Kingdom"
	case "indian":
		return "India"
	case "australian":
		return "Australia"
	case "lao", "laotian":
		return "Laos"
	case "cambodian":
		return "Cambodia"
	case "thai":
		return "Thailand"
	case "russian":
		return "Russia"
	case "singaporean":
		return "Singapore"
	case "indonesian":
		return "Indonesia"
	case "malaysian":
		return "Malaysia"
	case "philippine", "filipino":
		return "Philippines"
	case "canadian":
		return "Canada"
	case "italian":
		return "Italy"
	case "spanish":
		return "Spain"
	case "ukrainian":
		return "Ukraine"
	case "israeli":
		return "Israel"
	case "brazilian":
		return "Brazil"
	case "mexican":
		return "Mexico"
	case "dutch":
		return "Netherlands"
	case "swiss":
		return "Switzerland"
	case "turkish":
		return "Turkey"
	case "egyptian":
		return "Egypt"
	case "chilean":
		return "Chile"
	case "argentine":
		return "Argentina"
	case "peruvian":
		return "Peru"
	case "colombian":
		return "Colombia"
	case "nigerian":
		return "Nigeria"
	case "kenyan":
		return "Kenya"
	case "ghanaian":
		return "Ghana"
	case "ethiopian":
		return "Ethiopia"
	case "bangladeshi":
		return "Bangladesh"
	case "pakistani":
		return "Pakistan"
	case "nepali":
		return "Nepal"
	case "mongolian":
		return "Mongolia"
	case "kazakh":
		return "Kazakhstan"
	case "uzbek":
		return "Uzbekistan"
	case "iranian":
		return "Iran"
	case "iraqi":
		return "Iraq"
	case "polish":
		return "Poland"
	case "hungarian":
		return "Hungary"
	case "swedish":
		return "Sweden"
	case "norwegian":
		return "Norway"
	case "danish":
		return "Denmark"
	case "finnish":
		return "Finland"
	case "belgian":
		return "Belgium"
	case "austrian":
		return "Austria"
	case "portuguese":
		return "Portugal"
	case "greek":
		return "Greece"
	case "irish":
		return "Ireland"
	case "taiwanese":
		return "Taiwan"
	case "moroccan":
		return "Morocco"
	case "tanzanian":
		return "Tanzania"
	case "ugandan":
		return "Uganda"
	case "zimbabwean":
		return "Zimbabwe"
	case "qatari":
		return "Qatar"
	case "afghan":
		return "Afghanistan"
	case "cuban":
		return "Cuba"
	case "saudi":
		return "Saudi Arabia"
	case "emirati":
		return "United Arab Emirates"
	case "south african":
		return "South Africa"
	case "sri lankan":
		return "Sri Lanka"
	case "czech":
		return "Czech Republic"
	case "new zealand":
		return "New Zealand"
	case "croatian":
		return "Croatia"
	case "slovenian", "slovene":
		return "Slovenia"
	case "serbian":
		return "Serbia"
	case "romanian":
		return "Romania"
	case "bulgarian":
		return "Bulgaria"
	case "slovak", "slovakian":
		return "Slovakia"
	case "estonian":
		return "Estonia"
	case "latvian":
		return "Latvia"
	case "lithuanian":
		return "Lithuania"
	case "icelandic":
		return "Iceland"
	case "algerian":
		return "Algeria"
	case "tunisian":
		return "Tunisia"
	case "libyan":
		return "Libya"
	case "sudanese":
		return "Sudan"
	case "senegalese":
		return "Senegal"
	case "cameroonian":
		return "Cameroon"
	case "angolan":
		return "Angola"
	case "zambian":
		return "Zambia"
	case "rwandan":
		return "Rwanda"
	case "namibian":
		return "Namibia"
	case "malagasy":
		return "Madagascar"
	case "lebanese":
		return "Lebanon"
	case "syrian":
		return "Syria"
	case "yemeni":
		return "Yemen"
	case "bahraini":
		return "Bahrain"
	case "venezuelan":
		return "Venezuela"
	case "bolivian":
		return "Bolivia"
	case "paraguayan":
		return "Paraguay"
	case "uruguayan":
		return "Uruguay"
	case "guatemalan":
		return "Guatemala"
	case "honduran":
		return "Honduras"
	case "panamanian":
		return "Panama"
	case "costa rican":
		return "Costa Rica"
	case "haitian":
		return "Haiti"
	case "jamaican":
		return "Jamaica"
	case "belarusian":
		return "Belarus"
	case "moldovan":
		return "Moldova"
	case "armenian":
		return "Armenia"
	case "azerbaijani":
		return "Azerbaijan"
	case "tajik":
		return "Tajikistan"
	case "turkmen":
		return "Turkmenistan"
	case "bhutanese":
		return "Bhutan"
	case "maldivian":
		return "Maldives"
	case "fijian":
		return "Fiji"
	case "cypriot":
		return "Cyprus"
	case "maltese":
		return "Malta"
	case "albanian":
		return "Albania"
	case "montenegrin":
		return "Montenegro"
	case "ivorian":
		return "Ivory Coast"
	case "malian":
		return "Mali"
	case "malawian":
		return "Malawi"
	case "somali":
		return "Somalia"
	case "liberian":
		return "Liberia"
	case "gabonese":
		return "Gabon"
	case "mauritian":
		return "Mauritius"
	case "nicaraguan":
		return "Nicaragua"
	case "salvadoran":
		return "El Salvador"
	case "congolese":
		return "DR Congo"
	case "guyanese":
		return "Guyana"
	case "togolese":
		return "Togo"
	case "djiboutian":
		return "Djibouti"
	case "eritrean":
		return "Eritrea"
	case "beninese":
		return "Benin"
	case "burundian":
		return "Burundi"
	case "comorian":
		return "Comoros"
	case "gambian":
		return "Gambia"
	case "guinean":
		return "Guinea"
	case "mauritanian":
		return "Mauritania"
	case "nigerien":
		return "Niger"
	case "samoan":
		return "Samoa"
	case "surinamese":
		return "Suriname"
	case "tongan":
		return "Tonga"
	case "belizean":
		return "Belize"
	case "barbadian":
		return "Barbados"
	case "bahamian":
		return "Bahamas"
	case "bosnian":
		return "Bosnia and Herzegovina"
	case "grenadian":
		return "Grenada"
	case "trinidadian":
		return "Trinidad and Tobago"
	case "palestinian":
		return "Palestine"
	case "monegasque":
		return "Monaco"
	case "andorran":
		return "Andorra"
	case "seychellois":
		return "Seychelles"
	case "kosovar":
		return "Kosovo"
	case "south sudanese":
		return "South Sudan"
	case "cape verdean":
		return "Cabo Verde"
	case "swazi":
		return "Eswatini"
	case "vanuatuan":
		return "Vanuatu"
	case "tuvaluan":
		return "Tuvalu"
	case "palauan":
		return "Palau"
	case "nauruan":
		return "Nauru"
	}
	return ""
}

// countryName returns the canonical name of a folded country name, "" if w is
// not a known country. Multi-word names are matched whole ("viet nam").
func countryName(w string) string {
	switch w {
	case "japan":
		return "Japan"
	case "vietnam", "viet nam":
		return "Vietnam"
	case "china":
		return "China"
	case "korea", "south korea", "the republic of korea", "republic of korea", "rok":
		return "Korea"
	case "us", "u.s.", "usa", "united states", "the us", "the united states", "america":
		return "United States"
	case "france":
		return "France"
	case "germany":
		return "Germany"
	case "uk", "united kingdom", "britain", "the uk", "the united kingdom":
		return "United Kingdom"
	case "india":
		return "India"
	case "australia":
		return "Australia"
	case "laos":
		return "Laos"
	case "cambodia":
		return "Cambodia"
	case "thailand":
		return "Thailand"
	case "russia":
		return "Russia"
	case "singapore":
		return "Singapore"
	case "indonesia":
		return "Indonesia"
	case "malaysia":
		return "Malaysia"
	case "philippines", "the philippines":
		return "Philippines"
	case "canada":
		return "Canada"
	case "italy":
		return "Italy"
	case "spain":
		return "Spain"
	case "ukraine":
		return "Ukraine"
	case "israel":
		return "Israel"
	case "brazil":
		return "Brazil"
	case "mexico":
		return "Mexico"
	case "netherlands", "the netherlands":
		return "Netherlands"
	case "switzerland":
		return "Switzerland"
	case "turkey":
		return "Turkey"
	case "egypt":
		return "Egypt"
	case "chile":
		return "Chile"
	case "argentina":
		return "Argentina"
	case "peru":
		return "Peru"
	case "colombia":
		return "Colombia"
	case "nigeria":
		return "Nigeria"
	case "kenya":
		return "Kenya"
	case "ghana":
		return "Ghana"
	case "ethiopia":
		return "Ethiopia"
	case "bangladesh":
		return "Bangladesh"
	case "pakistan":
		return "Pakistan"
	case "nepal":
		return "Nepal"
	case "myanmar":
		return "Myanmar"
	case "mongolia":
		return "Mongolia"
	case "kazakhstan":
		return "Kazakhstan"
	case "uzbekistan":
		return "Uzbekistan"
	case "iran":
		return "Iran"
	case "iraq":
		return "Iraq"
	case "poland":
		return "Poland"
	case "hungary":
		return "Hungary"
	case "sweden":
		return "Sweden"
	case "norway":
		return "Norway"
	case "denmark":
		return "Denmark"
	case "finland":
		return "Finland"
	case "belgium":
		return "Belgium"
	case "austria":
		return "Austria"
	case "portugal":
		return "Portugal"
	case "greece":
		return "Greece"
	case "ireland":
		return "Ireland"
	case "taiwan":
		return "Taiwan"
	case "brunei":
		return "Brunei"
	case "morocco":
		return "Morocco"
	case "tanzania":
		return "Tanzania"
	case "uganda":
		return "Uganda"
	case "mozambique":
		return "Mozambique"
	case "zimbabwe":
		return "Zimbabwe"
	case "qatar":
		return "Qatar"
	case "kuwait":
		return "Kuwait"
	case "oman":
		return "Oman"
	case "georgia":
		return "Georgia"
	case "kyrgyzstan":
		return "Kyrgyzstan"
	case "afghanistan":
		return "Afghanistan"
	case "ecuador":
		return "Ecuador"
	case "cuba":
		return "Cuba"
	case "saudi arabia":
		return "Saudi Arabia"
	case "uae", "the uae", "united arab emirates", "the united arab emirates":
		return "United Arab Emirates"
	case "south africa":
		return "South Africa"
	case "sri lanka":
		return "Sri Lanka"
	case "czech republic", "czechia", "the czech republic":
		return "Czech Republic"
	case "new zealand":
		return "New Zealand"
	case "croatia":
		return "Croatia"
	case "slovenia":
		return "Slovenia"
	case "serbia":
		return "Serbia"
	case "romania":
		return "Romania"
	case "bulgaria":
		return "Bulgaria"
	case "slovakia":
		return "Slovakia"
	case "estonia":
		return "Estonia"
	case "latvia":
		return "Latvia"
	case "lithuania":
		return "Lithuania"
	case "iceland":
		return "Iceland"
	case "luxembourg":
		return "Luxembourg"
	case "algeria":
		return "Algeria"
	case "tunisia":
		return "Tunisia"
	case "libya":
		return "Libya"
	case "sudan":
		return "Sudan"
	case "senegal":
		return "Senegal"
	case "cameroon":
		return "Cameroon"
	case "angola":
		return "Angola"
	case "zambia":
		return "Zambia"
	case "rwanda":
		return "Rwanda"
	case "botswana":
		return "Botswana"
	case "namibia":
		return "Namibia"
	case "madagascar":
		return "Madagascar"
	case "lebanon":
		return "Lebanon"
	case "syria":
		return "Syria"
	case "yemen":
		return "Yemen"
	case "bahrain":
		return "Bahrain"
	case "venezuela":
		return "Venezuela"
	case "bolivia":
		return "Bolivia"
	case "paraguay":
		return "Paraguay"
	case "uruguay":
		return "Uruguay"
	case "guatemala":
		return "Guatemala"
	case "honduras":
		return "Honduras"
	case "panama":
		return "Panama"
	case "costa rica":
		return "Costa Rica"
	case "dominican republic", "the dominican republic":
		return "Dominican Republic"
	case "haiti":
		return "Haiti"
	case "jamaica":
		return "Jamaica"
	case "belarus":
		return "Belarus"
	case "moldova":
		return "Moldova"
	case "armenia":
		return "Armenia"
	case "azerbaijan":
		return "Azerbaijan"
	case "tajikistan":
		return "Tajikistan"
	case "turkmenistan":
		return "Turkmenistan"
	case "bhutan":
		return "Bhutan"
	case "maldives", "the maldives":
		return "Maldives"
	case "fiji":
		return "Fiji"
	case "papua new guinea":
		return "Papua New Guinea"
	case "cyprus":
		return "Cyprus"
	case "malta":
		return "Malta"
	case "albania":
		return "Albania"
	case "montenegro":
		return "Montenegro"
	case "north macedonia":
		return "North Macedonia"
	case "ivory coast", "cote d'ivoire":
		return "Ivory Coast"
	case "mali":
		return "Mali"
	case "burkina faso":
		return "Burkina Faso"
	case "malawi":
		return "Malawi"
	case "somalia":
		return "Somalia"
	case "sierra leone":
		return "Sierra Leone"
	case "liberia":
		return "Liberia"
	case "gabon":
		return "Gabon"
	case "mauritius":
		return "Mauritius"
	case "nicaragua":
		return "Nicaragua"
	case "el salvador":
		return "El Salvador"
	case "north korea":
		return "North Korea"
	case "timor-leste", "east timor":
		return "Timor-Leste"
	case "dr congo", "drc":
		return "DR Congo"
	case "guyana":
		return "Guyana"
	case "togo":
		return "Togo"
	case "djibouti":
		return "Djibouti"
	case "eritrea":
		return "Eritrea"
	case "benin":
		return "Benin"
	case "burundi":
		return "Burundi"
	case "comoros":
		return "Comoros"
	case "gambia", "the gambia":
		return "Gambia"
	case "guinea":
		return "Guinea"
	case "guinea-bissau":
		return "Guinea-Bissau"
	case "equatorial guinea":
		return "Equatorial Guinea"
	case "mauritania":
		return "Mauritania"
	case "niger":
		return "Niger"
	case "samoa":
		return "Samoa"
	case "suriname":
		return "Suriname"
	case "tonga":
		return "Tonga"
	case "belize":
		return "Belize"
	case "barbados":
		return "Barbados"
	case "bahamas", "the bahamas":
		return "Bahamas"
	case "bosnia", "bosnia and herzegovina":
		return "Bosnia and Herzegovina"
	case "grenada":
		return "Grenada"
	case "trinidad", "trinidad and tobago":
		return "Trinidad and Tobago"
	case "palestine":
		return "Palestine"
	case "monaco":
		return "Monaco"
	case "andorra":
		return "Andorra"
	case "seychelles":
		return "Seychelles"
	case "kosovo":
		return "Kosovo"
	case "south sudan":
		return "South Sudan"
	case "cabo verde", "cape verde":
		return "Cabo Verde"
	case "eswatini", "swaziland":
		return "Eswatini"
	case "lesotho":
		return "Lesotho"
	case "vanuatu":
		return "Vanuatu"
	case "tuvalu":
		return "Tuvalu"
	case "palau":
		return "Palau"
	case "nauru":
		return "Nauru"
	case "kiribati":
		return "Kiribati"
	case "liechtenstein":
		return "Liechtenstein"
	case "san marino":
		return "San Marino"
	case "saint lucia":
		return "Saint Lucia"
	case "solomon islands":
		return "Solomon Islands"
	case "marshall islands":
		return "Marshall Islands"
	case "dominica":
		return "Dominica"
	case "republic of congo", "congo-brazzaville":
		return "Republic of Congo"
	case "central african republic":
		return "Central African Republic"
	case "antigua and barbuda":
		return "Antigua and Barbuda"
	// The international bodies, named as written. Each case returns a
	// string of its own, never w: CountryName looks names up in a buffer
	// on its stack.
	case "asean":
		return "asean"
	case "the eu":
		return "the eu"
	case "eu":
		return "eu"
	case "european union":
		return "european union"
	case "the european union":
		return "the european union"
	case "un":
		return "un"
	case "the un":
		return "the un"
	case "united nations":
		return "united nations"
	case "the united nations":
		return "the united nations"
	}
	return ""
}

// mayOpenPair reports whether the folded word w can open a country name or
// adjective of several words ("south korean", "united states"), so that
// looking w and the next word up together can succeed: a w with no space
// that is not the first word of such a name cannot. TestMayOpenPair holds
// the list to the case strings of countryOfAdjective and countryName.
func mayOpenPair(w string) bool {
	switch w {
	case "south", "new", "viet", "united", "european", "the", "republic", "saudi", "sri", "czech",
		"costa", "dominican", "papua", "north", "ivory", "cote", "burkina", "sierra", "el", "east", "dr",
		"cape", "equatorial", "bosnia", "trinidad", "cabo", "san", "saint", "solomon", "marshall", "central", "antigua":
		return true
	}
	return strings.IndexByte(w, ' ') >= 0
}
