package claims

import (
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/dates"
	"github.com/claimcheck/claimcheck/claims/enum"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/rank"
)

// Kind is the type of a fact.
type Kind string

// The kinds of fact.
const (
	KindQuantity  Kind = "quantity"   // an amount: "over 110 cooperation agreements"
	KindChange    Kind = "change"     // a stated change: "expanded by 20%", "doubled"
	KindCount     Kind = "count"      // an announced number of items: "six key developments"
	KindListing   Kind = "listing"    // the items actually listed after a count
	KindRank      Kind = "rank"       // "the third-largest investor"
	KindNamedList Kind = "named-list" // "the principles of sincerity, trust and mutual benefit"
	KindQuote     Kind = "quote"      // a quoted remark with its speaker
	KindDate      Kind = "date"       // a date or period, resolved when possible
	KindPerson    Kind = "person"     // a person mention with title
	KindName      Kind = "name"       // a proper name of two to four words: "Tomas Vidmar"
)

// Fact is one typed claim of a source. Offsets inside the payload (Quantity,
// Rank, ...) are offsets into Doc.Text, like Span.
type Fact struct {
	Kind     Kind
	Doc      *Document
	Span     Span
	Sentence Span
	// Key is the normalised measure ("cooperation agreement"); Subject is who or what
	// the fact is about when stated; Speaker is who says it when attributed.
	Key     string
	Subject string
	Speaker string
	// Flow marks amounts counted over a period ("ten new agreements this year"),
	// Plan marks targets and plans ("30 stations planned"): rules keep them apart
	// from stocks and actuals.
	Flow bool
	Plan bool
	// Prior marks the earlier value of a stated change ("to 14.6% from 13.9%",
	// "up from 1,284"): it describes a moment the text does not date.
	Prior bool
	// Preposed marks a name's Key as the title written before it ("Ghana's
	// chief negotiator, Abena Sarpong"), less sure than one after it.
	Preposed bool
	// Period is the time span a figure covers when its sentence names one ("in
	// 2024", "in the first nine months of 2025"), as "2024-01-01/2025-01-01";
	// figures for different periods are different measures.
	Period string

	Quantity     *quantity.Quantity
	Rank         *rank.Rank
	Date         *dates.Date
	Announcement *enum.Announcement
	List         *enum.NamedList
	Quote        *attrib.Quote
	Person       *attrib.Person
}

// Text returns the fact's text as it stands in the document.
func (f *Fact) Text() string { return f.Doc.Text[f.Span.Start:f.Span.End] }

// SentenceText returns the sentence the fact stands in.
func (f *Fact) SentenceText() string { return f.Doc.Text[f.Sentence.Start:f.Sentence.End] }

// Position returns where the fact stands in its source file.
func (f *Fact) Position() Position { return f.Doc.Position(f.Span) }
