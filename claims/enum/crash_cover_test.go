package enum

import "testing"

// TestCoverVerbOfTheNextSentence keeps the crasher a blind corpus found: a
// count whose aside ends its sentence, and a verb of covering that opens the
// next one ("… signed at the forum. The others cover A, B and C") made the
// list start after its sentence's end.
func TestCoverVerbOfTheNextSentence(t *testing.T) {
	for _, s := range []string{
		"The upgrade was one of seven agreements signed at the forum. The others cover forest certification, mining equipment for Quang Ninh, a mining training centre and three health projects, among them a US$ 32 million contract for imaging equipment at Thang Long General Hospital in Hanoi.",
		"It is one of seven agreements, signed at the forum. The others cover forest certification, mining equipment, a training centre and three health projects.",
	} {
		scanBlocks(s, true, true, everyBlock) // every block, as the candidate filter's reference scan reads them: it panicked here
		for _, a := range Announcements(s) {
			checkSpan(t, s, a.Start, a.End)
			if a.Count == 7 && len(a.Items) > 0 {
				t.Errorf("%q: the next sentence's items were read as the seven: %+v", s, a.Items)
			}
		}
	}
}
