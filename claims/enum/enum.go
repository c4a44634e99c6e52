// Package enum finds announced counts ("six key developments:") with the items
// listed after them, and named lists ("the principles of sincerity, trust and
// mutual benefit").
package enum

// Item is one listed item; Start and End are byte offsets of the whole item, Label
// is its head ("Trade Expansion" for "1. Trade Expansion: ...") or the item text.
type Item struct {
	Start, End int
	Label      string
}

// Announcement is a stated number of items and what was actually listed after it.
type Announcement struct {
	Start, End int    // the announcing phrase ("six key developments")
	Count      int    // the announced number
	Noun       string // what is counted, as written ("key developments")
	// Items are the items found after the announcement; Style says how they were
	// written: "numbered", "bullets", "ordinal-paragraphs", "paragraphs", "inline".
	// Listed is false when no list follows (nothing to compare).
	Items  []Item
	Style  string
	Listed bool
}

// NamedList is a list introduced by its name: "the principles of sincerity,
// affection, trust and mutual benefit".
type NamedList struct {
	Start, End int
	Name       string // "principles", "guiding spirit", "three pillars"
	Members    []Item
}

// Announcements returns the announced counts in a document body (whole text, since
// items run over several lines).
func Announcements(text string) []Announcement {
	return nil
}

// NamedLists returns the named lists in text.
func NamedLists(text string) []NamedList {
	return nil
}
