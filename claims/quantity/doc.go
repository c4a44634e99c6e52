// Package quantity finds amounts in a sentence and turns them into intervals:
// numbers (digits and words), hedges, percentages, currencies, units, ranges,
// fractions, multiples and stated changes.
//
// # Intervals
//
// A stated number N becomes the interval the writer commits to. g is the rounding
// granularity of N as written (see Granularity: 110 → 10, 630,000 → 10,000,
// 2.6 million → 0.1 million). The hedge table, with the normalised name stored in
// Quantity.Hedge:
//
//	hedge (normalised)  written as                                          interval
//	"" (none)           "118", "USD 8 billion"                              [N, N]
//	"exactly"           exactly, precisely, just, only                      [N, N]
//	"over"              over, more than, above, exceeding, in excess of,     (N, N+g]
//	                    upwards of, greater than, well/just over, N+,
//	                    N-plus
//	"nearly"            nearly, almost, just under, just below, close to,    [N−n, N)
//	                    just shy of, nearing
//	"fewer than"        fewer than, less than, below, under                 [N−b, N)
//	"about"             about, around, approximately, roughly, some,        [N−g/2, N+g/2]
//	                    an estimated, circa, approx., N or so
//	"at least"          at least, no fewer than, no less than,              [N, N+g]
//	                    a minimum of, N or more
//	"up to"             up to, at most, no more than, a maximum of,          [0, N]
//	                    N or less
//	"as many as"        as many as, as much as                              [N−b, N]
//
// b is g capped at N/2: "fewer than 100" is [50, 100), never [0, 100).
//
// n is how far "nearly" reaches: editors read it as just under, so n is half a
// step (g/2: the writer rounded up a number that rounds to N) and at most a
// tenth of N (1 billion steps by a billion, yet "nearly 1 billion" is never
// 600 million). A whole count of two or more reaches at least one below
// ("nearly 5" admits 4), and any N at least a hundredth of it ("nearly 6.9
// billion" admits 6.84 billion). Fractions reach a full step, a tenth of
// their value.
//
//	written                   interval
//	"nearly 500,000"          [450,000, 500,000)
//	"nearly 480,000"          [475,000, 480,000)
//	"nearly 100"              [90, 100)
//	"nearly USD 1 billion"    [0.9 billion, 1 billion)
//	"almost 3,000"            [2,700, 3,000)
//	"nearly 50"               [45, 50)
//	"nearly 5"                [4, 5)
//	"just under 15 per cent"  [13.5, 15)
//	"nearly 1/3"              [0.3, 1/3)
//
// Decisions an editor would make, pinned by the compatibility tables in the tests:
//
//   - "at least N" is read like "over N" but including N: writers say "at least"
//     for a confirmed floor close to the truth (tolls, counts), so "at least ten"
//     and "118" do not agree, just as "more than ten" and "over 110" do not.
//   - "up to N" names a ceiling, not a neighbourhood: anything from zero up to N
//     agrees with it.
//   - ranges widen by the granularity of each end: "about 15-20" is [12.5, 25];
//     a one-sided hedge keeps the other end: "over 15-20" is (15, 30].
//   - vague amounts are fixed intervals regardless of hedges: "hundreds of
//     thousands" [200,000, 1,000,000), "tens of thousands" [20,000, 100,000),
//     "thousands of" [2,000, 10,000), "dozens of" [24, 100), "several hundred"
//     [300, 1,000).
//   - fractions use a tenth of their value as g: "nearly a third" is [0.3, 1/3).
//   - "nearly" is narrower than "fewer than": "nearly 1 billion" and "800
//     million" disagree, "fewer than 1 billion" and "800 million" agree;
//     "nearly 50" and "48", "almost 3,000" and "2,950" agree.
//
// # Units and values
//
// Value is the number after scaling ("USD 8 billion" = 8e9, "20%" = 20, "a
// third" = 0.333). Unit is "count" when no unit is written, "percent", "pp",
// "bp", "fraction", "times" (multiples), an ISO currency code or a unit ("km",
// "km2", "m2", "ha", "tonne", "TEU", "MW", "GW", "kWh", "year", ...). A count
// of calendar quarters is a duration in months ("the next two quarters" = 6
// month), not a fraction; "three quarters of voters" stays 0.75.
//
// A Change holds the size of the change as a positive Value and its sign in
// Direction ("down 5%" = 5, -1). A Multiple holds the factor ("halved" = 0.5).
//
// # What is not a quantity
//
// Years (a bare four-digit integer 1900–2100 without unit, separator or hedge),
// dates ("November 25"), times ("10:26"), ordinals ("22nd"), labels and codes
// ("Covid-19", "G7", "A320", "No. 1", "Highway 2,"; but an item of a list whose
// verb is said once is a count: "won 62, the Social Democrats 41,"), phone numbers, versions,
// list markers at line start ("1. Trade"), citations ("[1]"), digits glued to
// letters that are no unit ("the 1970s"), hyphenated adjectives ("two-tier") and
// a lone "one" ("one of the largest").
package quantity
