package quantity

import "testing"

// TestParseQuarterDurations pins counts of calendar quarters as durations in
// months and keeps fractions of a whole as fractions.
func TestParseQuarterDurations(t *testing.T) {
	runParse(t, []parseCase{
		{"next two quarters", "Hanbit expects margins to widen over the next two quarters.", []string{"two quarters=6 month"}},
		{"past three quarters", "Exports grew in the past three quarters.", []string{"three quarters=9 month"}},
		{"for n quarters", "The economy shrank for two quarters.", []string{"two quarters=6 month"}},
		{"in a row", "Hiring stalled three quarters in a row.", []string{"three quarters=9 month"}},
		{"ago", "The plant opened two quarters ago.", []string{"two quarters=6 month"}},
		{"of a year", "Profit held up in the first two quarters of 2025.", []string{"two quarters=6 month"}},
		{"of this year", "Output rose in two quarters of this year.", []string{"two quarters=6 month"}},
		{"two quarters of a process", "The data are a cold shower after two quarters of improvement.", []string{"two quarters=6 month"}},
		{"digits", "Margins narrowed for 6 quarters.", []string{"6 quarters=18 month"}},
		{"one quarter", "Revenue rose in one quarter.", []string{"one quarter=3 month"}},
		{"past two years unchanged", "Prices fell over the past two years.", []string{"two years=2 year"}},
		// Look-alikes that stay fractions or counts.
		{"fraction of", "Two quarters of the budget went to roads.", []string{"Two quarters=0.5 fraction"}},
		{"three quarters of voters", "Three quarters of voters backed the plan.", []string{"Three quarters=0.75 fraction"}},
		{"in three quarters of cases", "Police acted in three quarters of cases.", []string{"three quarters=0.75 fraction"}},
		{"predicate", "The reservoir is three quarters full.", []string{"three quarters=0.75 fraction"}},
		{"hyphenated", "Over the past year, three-quarters of firms hired.", []string{"three-quarters=0.75 fraction"}},
		{"digits of staff", "The survey found 3 quarters of the staff came.", []string{"3=3 count"}},
		{"housing", "The firm built 200 staff quarters.", []string{"200=200 count"}},
		{"many quarters", "The camp has 200 quarters.", []string{"200=200 count"}},
	})
}

func TestParseRaceTimes(t *testing.T) {
	runParse(t, []parseCase{
		{"a winning time", "Almaz won the women's race in 2:24:18, ahead of Mercy.", []string{"2:24:18=8658 h:m:s"}},
		{"a winning time in tenths", "Carvalho finished in 1:52:18.6 and Nagy in 1:52:21.4.", []string{"1:52:18.6=6738.6 h:m:s", "1:52:21.4=6741.4 h:m:s"}},
		{"a winning time in words", "The quartet finished in 3 minutes 44.912 seconds, a record.", []string{"3 minutes 44.912 seconds=224.912 h:m:s"}},
		{"a course record", "He lowered the course record of 2:08:42.", []string{"2:08:42=7722 h:m:s"}},
		{"a clock time is no amount", "The meeting began at 10:26 on Monday.", nil},
		{"minutes over 59 are no time", "Code 2:75:18 failed.", nil},
		{"a ratio list is no time", "Ratios of 3:1:2 were given.", nil},
		{"a track time with hundredths", "Jerotich ran 9:08.47 in the steeplechase.", []string{"9:08.47=548.47 h:m:s"}},
		{"a long track time", "His 27:41.36 was a record.", []string{"27:41.36=1661.36 h:m:s"}},
		{"seconds over 59 are no time", "Code 9:75.12 failed.", nil},
		{"a clock time with a decimal is still a clock time without hundredths", "Trains leave at 9:05 daily.", nil},
	})
}
