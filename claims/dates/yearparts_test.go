package dates

import (
	"testing"
	"time"
)

func TestParseYearParts(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"end of the year", "Occupancy rose to 78% by the end of the year.", []string{"the end of the year|2025-12-01|2026-01-01|month|rel|deadline"}},
		{"end of year no by", "The berth opens at the end of 2025.", []string{"the end of 2025|2025-12-01|2026-01-01|month"}},
		{"beginning of next year", "Work starts at the beginning of next year.", []string{"the beginning of next year|2026-01-01|2026-02-01|month|rel"}},
		{"mid year stays whole", "Results land in mid-2026.", []string{"mid-2026|2026-01-01|2027-01-01|year"}},
		{"end of month unchanged", "Teams stay until the end of November.", []string{"the end of November|2025-11-01|2025-12-01|month"}},
		{"last four months of the year", "Growth picks up in the last four months of the year.", []string{"the last four months of the year|2025-09-01|2026-01-01|month|rel"}},
		{"first nine months of the year", "Exports rose in the first nine months of the year.", []string{"the first nine months of the year|2025-01-01|2025-10-01|month|rel"}},
		{"first nine months of year", "Exports rose 9% in the first nine months of 2024.", []string{"the first nine months of 2024|2024-01-01|2024-10-01|month"}},
		{"digits and last year", "Sales in the first 8 months of last year fell.", []string{"the first 8 months of last year|2024-01-01|2024-09-01|month|rel"}},
		{"first three quarters", "Profit in the first three quarters of 2025 doubled.", []string{"the first three quarters of 2025|2025-01-01|2025-10-01|month"}},
		{"first eight months alone", "Arrivals rose in the first eight months.", []string{"the first eight months|2025-01-01|2025-09-01|month|rel"}},
		{"last months alone counts back", "Prices rose over the last four months.", []string{"over the last four months|2025-07-25|2025-11-25|month|rel|dur"}},
		{"six months to a month", "Profit for the six months to June rose 18%.", []string{"the six months to June|2025-01-01|2025-07-01|month|rel"}},
		{"months ended a day of a year", "Sales in the nine months ended September 30, 2024 fell.", []string{"the nine months ended September 30, 2024|2024-01-01|2024-10-01|month"}},
		{"the year ended a day", "Profit rose in the year ended June 30, 2025.", []string{"the year ended June 30, 2025|2024-07-01|2025-07-01|month"}},
		{"the year to a month", "Sales in the year to December 2025 rose.", []string{"the year to December 2025|2025-01-01|2026-01-01|month"}},
		{"twelve months across a year", "Exports in the 12 months to March rose.", []string{"the 12 months to March|2024-04-01|2025-04-01|month|rel"}},
		{"months to a month not yet begun", "Output in the three months to December fell.", []string{"the three months to December|2024-10-01|2025-01-01|month|rel"}},
		{"months to no month", "He spent six months to finish it.", nil},
		{"too many months", "It took the first 14 months of 2025.", []string{"2025|2025-01-01|2026-01-01|year"}},
		{"first half alone", "FDI doubled in the first half.", []string{"first half|2025-01-01|2025-07-01|half|rel"}},
		{"third quarter alone", "Output fell during the third quarter.", []string{"third quarter|2025-07-01|2025-10-01|quarter|rel"}},
		{"first half of a match", "He scored twice in the first half of the match.", nil},
		{"hyphenated quarter before results", "Fourth-quarter results beat forecasts.", []string{"Fourth-quarter|2025-10-01|2026-01-01|quarter|rel"}},
		{"hyphenated half before a measure", "First-half revenue rose 8%.", []string{"First-half|2025-01-01|2025-07-01|half|rel"}},
		{"hyphenated half of a match", "Vietnam scored a first-half goal.", nil},
		{"hyphenated quarter of a game", "It was a fourth-quarter comeback.", nil},

		{"first half as subject", "The first half was slow.", nil},
		{"whole of year", "The port handled 2 million TEU in the whole of 2024.", []string{"the whole of 2024|2024-01-01|2025-01-01|year"}},
		{"all of last year", "Prices stayed flat for all of last year.", []string{"all of last year|2024-01-01|2025-01-01|year|rel"}},
		{"full year", "Full-year 2024 revenue rose.", []string{"Full-year 2024|2024-01-01|2025-01-01|year"}},
		{"the whole year", "Rain fell for the whole year.", []string{"the whole year|2025-01-01|2026-01-01|year|rel"}},
		{"whole of something else", "The whole of the city was dark.", nil},
		{"since month", "The province has 520 projects, an increase of 12% since July.", []string{"July|2025-07-01|2025-08-01|month|since"}},
		{"since June at sentence end", "Prices have doubled since June.", []string{"June|2025-06-01|2025-07-01|month|since"}},
		{"abbreviation with dot still weak", "Sales rose in Dec.", nil},
	})
	runParseCases(t, time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC), []parseCase{
		{"a quarter not begun is last year's", "Profit rose in the fourth quarter.", []string{"fourth quarter|2025-10-01|2026-01-01|quarter|rel"}},
		{"hyphenated quarter read early in the year", "The fourth-quarter results were strong.", []string{"fourth-quarter|2025-10-01|2026-01-01|quarter|rel"}},
		{"a begun half is this year's", "Exports rose in the first half.", []string{"first half|2026-01-01|2026-07-01|half|rel"}},
		{"a quarter a future clause names is this year's", "The company will open a store in Hue in the third quarter.", []string{"third quarter|2026-07-01|2026-10-01|quarter|rel"}},
	})
}

func TestParsePhoneNumbers(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"hotline groups", "Hotline: 1900 9095 | Email: desk@example.vn", nil},
		{"hotline words", "Call the hotline 1800 1234 for help.", nil},
		{"cue before phone", "Call us from 2025 1234 onwards.", nil},
		{"year before a short count", "In 2024 15 projects opened.", []string{"2024|2024-01-01|2025-01-01|year"}},
		{"year before a grouped count", "In 2024, 1,200 workers joined.", []string{"2024|2024-01-01|2025-01-01|year"}},
		{"year alone", "The forum returns in 2026.", []string{"2026|2026-01-01|2027-01-01|year"}},
	})
}

func TestParseStatedWeekday(t *testing.T) {
	ref := time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC) // a Monday
	runParseCases(t, ref, []parseCase{
		{"mismatch kept", "Kiprono won the race on Sunday, November 8, in a record.", []string{"Sunday, November 8|2025-11-08|2025-11-09|day|wd=Sun"}},
		{"match", "The race was held on Sunday, November 9.", []string{"Sunday, November 9|2025-11-09|2025-11-10|day|wd=Sun"}},
		{"day first mismatch", "It opened on Friday, 12 September.", []string{"Friday, 12 September|2025-09-12|2025-09-13|day|wd=Fri"}},
		{"far from the reference, the weekday picks the year", "The fair is scheduled for Thursday, April 16.", []string{"Thursday, April 16|2026-04-16|2026-04-17|day|wd=Thu"}},
		{"far from the reference, a weekday neither year fits stays", "The fair is scheduled for Friday, April 16.", []string{"Friday, April 16|2025-04-16|2025-04-17|day|wd=Fri"}},
		{"with year unchanged", "On Saturday, November 8, 2025 it rained.", []string{"Saturday, November 8, 2025|2025-11-08|2025-11-09|day|wd=Sat"}},
	})
}
