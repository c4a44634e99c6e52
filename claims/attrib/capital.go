package attrib

// capitals maps a capital city, folded, to its country as a name the
// country readers know: news writes "Hanoi will cut duties" for Vietnam's
// government, so a capital speaking is its country speaking.
var capitals = map[string]string{
	"hanoi": "vietnam", "ha noi": "vietnam", "beijing": "china", "tokyo": "japan", "seoul": "south korea",
	"washington": "united states", "moscow": "russia", "london": "britain", "paris": "france",
	"berlin": "germany", "rome": "italy", "madrid": "spain", "lisbon": "portugal", "brussels": "belgium",
	"the hague": "netherlands", "amsterdam": "netherlands", "vienna": "austria", "bern": "switzerland",
	"warsaw": "poland", "prague": "czech republic", "budapest": "hungary", "athens": "greece", "ankara": "turkey", "kyiv": "ukraine", "kiev": "ukraine",
	"stockholm": "sweden", "oslo": "norway", "copenhagen": "denmark",
	"helsinki": "finland", "dublin": "ireland", "ottawa": "canada", "mexico city": "mexico",
	"brasilia": "brazil", "buenos aires": "argentina", "santiago": "chile", "lima": "peru",
	"bogota": "colombia", "canberra": "australia", "wellington": "new zealand",
	"new delhi": "india", "delhi": "india", "islamabad": "pakistan", "dhaka": "bangladesh",
	"kathmandu": "nepal", "colombo": "sri lanka", "bangkok": "thailand", "vientiane": "laos",
	"phnom penh": "cambodia", "kuala lumpur": "malaysia", "jakarta": "indonesia", "manila": "philippines",
	"naypyidaw": "myanmar", "tehran": "iran", "baghdad": "iraq", "riyadh": "saudi arabia",
	"abu dhabi": "united arab emirates", "doha": "qatar", "kuwait city": "kuwait", "muscat": "oman",
	"cairo": "egypt", "rabat": "morocco", "abuja": "nigeria", "accra": "ghana",
	"nairobi": "kenya", "addis ababa": "ethiopia", "kampala": "uganda",
	"dodoma": "tanzania", "pretoria": "south africa", "maputo": "mozambique", "harare": "zimbabwe", "astana": "kazakhstan",
	"tashkent": "uzbekistan", "tbilisi": "georgia", "ulaanbaatar": "mongolia", "taipei": "taiwan", "singapore": "singapore",
}

// CapitalCountry returns the canonical name of the country whose capital
// name is ("Hanoi" gives "Vietnam"), "" when name is no capital known here
// or its country is no country CountryName knows.
func CapitalCountry(name string) string {
	if c, ok := capitals[foldKey(name)]; ok {
		return CountryName(c)
	}
	return ""
}
