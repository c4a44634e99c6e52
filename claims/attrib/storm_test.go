package attrib

import "testing"

// TestStormName pins the names a roster of people must leave out: a weather
// system reads like a person's two-word name.
func TestStormName(t *testing.T) {
	for name, want := range map[string]bool{
		"Typhoon Marlo": true, "Cyclone Idai": true, "Tropical Storm Kiko": true,
		"Marlo Santos": false, "Quang Ngai": false, "Storm": true,
	} {
		if got := StormName(name); got != want {
			t.Errorf("StormName(%q) = %v, want %v", name, got, want)
		}
	}
}
