package attrib

// CountryName returns the canonical name of a country written any of its
// usual ways ("Britain", "the UK", "Viet Nam"): "United Kingdom", or ""
// when name is no known country.
func CountryName(name string) string {
	f := foldKey(name)
	if f == "great britain" {
		f = "britain"
	}
	return countryName(f)
}
