package dates

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimcheck/claimcheck/claims/token"
)

// tuesday is the reference date of most cases: Tuesday 25 November 2025.
var tuesday = time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC)

type parseCase struct {
	name string
	in   string
	want []string // render() of each date, in order
}

// runParseCases checks each case against ref.
func runParseCases(t *testing.T, ref time.Time, cases []parseCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := parseRendered(c.in, ref)
			if len(c.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestParseFullDates(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"month day year", "The summit opened on November 25, 2025 in the capital.", []string{"November 25, 2025|2025-11-25|2025-11-26|day"}},
		{"day month year", "Leaders met on 25 November 2025.", []string{"25 November 2025|2025-11-25|2025-11-26|day"}},
		{"abbreviated month", "The plant closed on Nov. 25.", []string{"Nov. 25|2025-11-25|2025-11-26|day"}},
		{"abbreviation no dot", "Talks resume Dec 3 in Geneva.", []string{"Dec 3|2025-12-03|2025-12-04|day"}},
		{"zero padded day", "Posted November 07, 2023 at noon.", []string{"November 07, 2023|2023-11-07|2023-11-08|day"}},
		{"dateline with time", "November 07, 2023 | 10:26", []string{"November 07, 2023|2023-11-07|2023-11-08|day"}},
		{"iso", "The filing dated 2025-11-25 was public.", []string{"2025-11-25|2025-11-25|2025-11-26|day"}},
		{"iso single digits", "Recorded 2018-7-6 by the clerk.", []string{"2018-7-6|2018-07-06|2018-07-07|day"}},
		{"slash year first", "Logged 2015/08/12.", []string{"2015/08/12|2015-08-12|2015-08-13|day"}},
		{"us slash", "Signed 02/22/2016 by both.", []string{"02/22/2016|2016-02-22|2016-02-23|day"}},
		{"day first slash", "Signed 21/04/2016 by both.", []string{"21/04/2016|2016-04-21|2016-04-22|day"}},
		{"two digit year", "Born 05/05/89.", []string{"05/05/89|1989-05-05|1989-05-06|day"}},
		{"dotted european", "Valid until 13.5.2015 only.", []string{"13.5.2015|2015-05-13|2015-05-14|day"}},
		{"iso with month name", "Set for 2019-sep-1.", []string{"2019-sep-1|2019-09-01|2019-09-02|day"}},
		{"on day month no year", "The delegation arrived on 3 May.", []string{"3 May|2025-05-03|2025-05-04|day"}},
		{"month day no year past", "The reform takes effect from July 1 across provinces.", []string{"July 1|2025-07-01|2025-07-02|day|since"}},
		{"month day no year soon", "The meeting in Hanoi on December 12 will follow.", []string{"December 12|2025-12-12|2025-12-13|day"}},
		{"january ahead", "A vote is expected on January 15.", []string{"January 15|2026-01-15|2026-01-16|day"}},
		{"ordinal day", "Ceremonies on the 2nd of September drew crowds.", []string{"2nd of September|2025-09-02|2025-09-03|day"}},
		{"ordinal word", "It opens on the fourth of July.", []string{"fourth of July|2025-07-04|2025-07-05|day"}},
		{"compound ordinal", "It closed May twenty-first.", []string{"May twenty-first|2025-05-21|2025-05-22|day"}},
		{"weekday prefix", "Monday, April 28, 2025 was the day of the talks.", []string{"Monday, April 28, 2025|2025-04-28|2025-04-29|day|wd=Mon"}},
		{"day of year", "Invoices of January 12 of 2016 were lost.", []string{"January 12 of 2016|2016-01-12|2016-01-13|day"}},
		{"two dates", "Between March 3, 2024 and 5 June 2024 prices rose.", []string{"March 3, 2024|2024-03-03|2024-03-04|day", "5 June 2024|2024-06-05|2024-06-06|day"}},
		{"dotted day", "16. Nov. 2016 was cold.", []string{"16. Nov. 2016|2016-11-16|2016-11-17|day"}},
		{"leap day", "The law passed on Feb 29, 2024.", []string{"Feb 29, 2024|2024-02-29|2024-03-01|day"}},
		{"impossible day", "Dated Feb 30, 2024 by mistake.", []string{"Feb 30, 2024|-|-|day"}},
		{"end of sentence abbreviation", "They met on the second of Aug.", []string{"second of Aug|2025-08-02|2025-08-03|day"}},
		{"capital May", "Elections held on May 5 drew voters.", []string{"May 5|2025-05-05|2025-05-06|day"}},
		{"typographic apostrophe nearby", "Japan’s envoy arrived on 14 October 2024.", []string{"14 October 2024|2024-10-14|2024-10-15|day"}},
	})
}

func TestParsePeriods(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"day range", "The forum ran on November 24-25.", []string{"November 24-25|2025-11-24|2025-11-26|day"}},
		{"day range en dash", "The forum ran November 24–25, 2025.", []string{"November 24–25, 2025|2025-11-24|2025-11-26|day"}},
		{"day range with year", "The visit from September 20-25, 2023 was historic.", []string{"September 20-25, 2023|2023-09-20|2023-09-26|day"}},
		{"day first range", "Held 24-25 November 2025 in Tokyo.", []string{"24-25 November 2025|2025-11-24|2025-11-26|day"}},
		{"month year", "The envoy visited in April 2025.", []string{"April 2025|2025-04-01|2025-05-01|month"}},
		{"month comma year", "It was approved in October, 2022.", []string{"October, 2022|2022-10-01|2022-11-01|month"}},
		{"month alone", "Exports rose in March after the deal.", []string{"March|2025-03-01|2025-04-01|month"}},
		{"month alone ahead", "The next forum is set for Bangkok in July.", []string{"July|2026-07-01|2026-08-01|month"}},
		{"month alone in the past", "The last forum was held in July.", []string{"July|2025-07-01|2025-08-01|month"}},
		{"in year", "In 2023, there were 40 delegations.", []string{"2023|2023-01-01|2024-01-01|year"}},
		{"since year", "Trade has doubled since 2013.", []string{"2013|2013-01-01|2014-01-01|year|since"}},
		{"from year", "Growth is planned from 2026.", []string{"2026|2026-01-01|2027-01-01|year|since"}},
		{"decade", "Relations began in the 1970s.", []string{"1970s|1970-01-01|1980-01-01|decade"}},
		{"decade apostrophe", "A boom of the 1990’s followed.", []string{"1990’s|1990-01-01|2000-01-01|decade"}},
		{"year range", "Experts expect 2026-2030 to be strong.", []string{"2026-2030|2026-01-01|2031-01-01|year"}},
		{"split year is twelve months", "It shipped 4.8 million cases in the 2025-26 financial year.", []string{"2025-26|2025-07-01|2026-07-01|year"}},
		{"short range of years", "Output rose over 2025-28.", []string{"2025-28|2025-01-01|2029-01-01|year"}},
		{"year range short", "The plan for 2021–25 was met.", []string{"2021–25|2021-01-01|2026-01-01|year"}},
		{"from to years", "The plan runs from 2026 to 2030.", []string{"2026 to 2030|2026-01-01|2031-01-01|year"}},
		{"between years", "Output grew between 2019 and 2024.", []string{"2019 and 2024|2019-01-01|2025-01-01|year"}},
		{"quarter", "Sales rose in Q3 2024.", []string{"Q3 2024|2024-07-01|2024-10-01|quarter"}},
		{"half", "Profits fell in the first half of 2024.", []string{"first half of 2024|2024-01-01|2024-07-01|half"}},
		{"second half this year", "Hiring picks up in the second half of this year.", []string{"second half of this year|2025-07-01|2026-01-01|half|rel"}},
		{"third quarter", "The third quarter of 2023 was weak.", []string{"third quarter of 2023|2023-07-01|2023-10-01|quarter"}},
		{"year possessive", "Officials praised 2024’s harvest.", []string{"2024|2024-01-01|2025-01-01|year"}},
		{"standalone year name", "A view of the Expo 2025 Osaka pavilion.", []string{"2025|2025-01-01|2026-01-01|year"}},
		{"apec year", "Vietnam will host the APEC Year 2027 events.", []string{"2027|2027-01-01|2028-01-01|year"}},
	})
}

func TestParseRelative(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"years ago words", "They upgraded ties two years ago.", []string{"two years ago|2023-01-01|2024-01-01|year|rel|ago=2"}},
		{"years ago digits", "Relations were set up 50 years ago.", []string{"50 years ago|1975-01-01|1976-01-01|year|rel|ago=50"}},
		{"decade ago", "A decade ago the port was small.", []string{"A decade ago|2015-01-01|2016-01-01|year|rel|ago=10"}},
		{"months ago", "The deal was signed three months ago.", []string{"three months ago|2025-08-01|2025-09-01|month|rel"}},
		{"days ago", "The storm hit two days ago.", []string{"two days ago|2025-11-23|2025-11-24|day|rel"}},
		{"weeks ago is a day", "The tender closed two weeks ago.", []string{"two weeks ago|2025-11-11|2025-11-12|day|rel"}},
		{"a few days ago", "Officials met a few days ago.", []string{"a few days ago|2025-11-22|2025-11-23|day|rel"}},
		{"last month", "Last month, Gunma signed an agreement.", []string{"Last month|2025-10-01|2025-11-01|month|rel"}},
		{"last year", "Exports grew last year.", []string{"last year|2024-01-01|2025-01-01|year|rel"}},
		{"next year", "Next year, the prefecture plans a festival.", []string{"Next year|2026-01-01|2027-01-01|year|rel"}},
		{"this year", "This year is the 50th anniversary.", []string{"This year|2025-01-01|2026-01-01|year|rel", "50th anniversary|-|-|year|ann=50"}},
		{"last week", "Prices fell last week.", []string{"last week|2025-11-17|2025-11-24|week|rel"}},
		{"this quarter", "Output rises this quarter.", []string{"this quarter|2025-10-01|2026-01-01|quarter|rel"}},
		{"yesterday", "The minister said yesterday that talks went well.", []string{"yesterday|2025-11-24|2025-11-25|day|rel"}},
		{"yesterday's", "Croatia won yesterday's final.", []string{"yesterday's|2025-11-24|2025-11-25|day|rel"}},
		{"a day of last year", "The record was set on Tuesday, August 19 last year.", []string{"Tuesday, August 19 last year|2024-08-19|2024-08-20|day|wd=Tue"}},
		{"a month of next year", "The fair returns in March next year.", []string{"March next year|2026-03-01|2026-04-01|month"}},
		{"today's", "Today's vote is close.", []string{"Today's|2025-11-25|2025-11-26|day|rel"}},
		{"last night is yesterday", "The Games opened last night with a ceremony.", []string{"last night|2025-11-24|2025-11-25|day|rel"}},
		{"this morning is today", "Markets opened lower this morning.", []string{"this morning|2025-11-25|2025-11-26|day|rel"}},
		{"last nights is no date", "The last nights of the festival were cold.", nil},
		{"today", "Today the council votes.", []string{"Today|2025-11-25|2025-11-26|day|rel"}},
		{"tomorrow", "The results come tomorrow.", []string{"tomorrow|2025-11-26|2025-11-27|day|rel"}},
		{"day before yesterday", "He left the day before yesterday.", []string{"the day before yesterday|2025-11-23|2025-11-24|day|rel"}},
		{"years later stays open", "Two years later the port doubled.", []string{"Two years later|-|-|year|rel"}},
		{"year earlier stays open", "Sales rose from a year earlier.", []string{"a year earlier|-|-|year|rel"}},
		{"highest in years", "Prices hit the highest in 20 years.", nil},
		{"first time in years", "It rose for the first time in 40 years.", nil},
		{"in months future", "The plant will open in six months.", []string{"in six months|2026-05-01|2026-06-01|month|rel"}},
		{"weeks from now", "The vote is two weeks from now.", []string{"two weeks from now|2025-12-09|2025-12-10|day|rel"}},
		{"in weeks", "Work will start in 3 weeks.", []string{"in 3 weeks|2025-12-16|2025-12-17|day|rel"}},
		{"in a year described by a clause is no year ahead", "The forum is set for Bangkok, in a year that also marks the anniversary.", nil},
		{"in one day is how long", "Sapporo had 58 centimetres of snow in one day.", nil},
		{"in a single day is how long", "The index fell 9% in a single day.", nil},
		{"in one week is ahead", "The vote is in one week.", []string{"in one week|2025-12-02|2025-12-03|day|rel"}},
		{"in two days is ahead", "The vote is in two days.", []string{"in two days|2025-11-27|2025-11-28|day|rel"}},
		{"a count in days is how long it took", "The event is played over 11 rounds in five days.", nil},
		{"last march", "Trade talks stalled last March.", []string{"last March|2025-03-01|2025-04-01|month|rel"}},
		{"next january", "A census starts next January.", []string{"next January|2026-01-01|2026-02-01|month|rel"}},
		{"compound ago", "It opened 1 month 21 days ago.", []string{"1 month 21 days ago|2025-10-04|2025-10-05|day|rel"}},
		{"the 20th of next month", "The deadline is the 20th of next month.", []string{"the 20th of next month|2025-12-20|2025-12-21|day|rel"}},
		{"the nth alone", "The vote is set for the 27th.", []string{"the 27th|2025-11-27|2025-11-28|day"}},
		{"recently is no date", "Exports recently rose.", nil},
	})
}

func TestParseDeadlines(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"by end of year", "By the end of 2025, Vietnam will finish the network.", []string{"the end of 2025|2025-12-01|2026-01-01|month|deadline"}},
		{"by year", "It aims to be a high-income nation by 2045.", []string{"2045|2045-01-01|2046-01-01|year|deadline"}},
		{"by month year", "Construction ends by December 2026.", []string{"December 2026|2026-12-01|2027-01-01|month|deadline"}},
		{"by date", "Bids are due by March 1, 2026.", []string{"March 1, 2026|2026-03-01|2026-03-02|day|deadline"}},
		{"by end of this year", "Approval comes by the end of this year.", []string{"the end of this year|2025-12-01|2026-01-01|month|rel|deadline"}},
		{"by next year", "The line opens by next year.", []string{"next year|2026-01-01|2027-01-01|year|rel|deadline"}},
		{"end of month no by", "Payment arrives at the end of next month.", []string{"the end of next month|2025-12-01|2026-01-01|month|rel"}},
		{"mid year", "Results land in mid-2026.", []string{"mid-2026|2026-01-01|2027-01-01|year"}},
		{"mid month", "Harvest starts in mid-December.", []string{"mid-December|2025-12-01|2026-01-01|month"}},
		{"end of month name", "By the end of March, exports rose.", []string{"the end of March|2025-03-01|2025-04-01|month|deadline"}},
		{"until is not deadline", "The ban holds until 2030.", []string{"2030|2030-01-01|2031-01-01|year|fut"}},
	})
}

func TestParseDurations(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"over the past years", "Over the past 5 years, the ministry handled 30 delegations a year.", []string{"Over the past 5 years|2020-11-25|2025-11-25|year|rel|dur"}},
		{"past decade", "GRDP grew above 10% over the past decade.", []string{"over the past decade|2015-11-25|2025-11-25|decade|rel|dur"}},
		{"last two months", "Sales doubled in the last two months.", []string{"the last two months|2025-09-25|2025-11-25|month|rel|dur"}},
		{"past year", "Over the past year, imports rose.", []string{"Over the past year|2024-11-25|2025-11-25|year|rel|dur"}},
		{"next three years", "Investment will triple over the next three years.", []string{"over the next three years|2025-11-25|2028-11-25|year|rel|dur"}},
		{"past few years", "In the past few years, visits rose.", []string{"the past few years|2022-11-25|2025-11-25|year|rel|dur"}},
		{"years of is no date", "After nearly 80 years of nation-building, growth is high.", nil},
		{"over years of operation", "Over 25 years of operation, the firm paid claims.", nil},
	})
}

func TestParseAnniversaries(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"nth anniversary", "Events mark the 50th anniversary of ties.", []string{"50th anniversary|-|-|year|ann=50"}},
		{"years celebrated since", "The industry will celebrate 50 years since the founding of the board in 1966.", []string{"50 years|-|-|year|ann=50", "1966|1966-01-01|1967-01-01|year"}},
		{"years marked of ties", "Both sides are marking sixty years of ties.", []string{"sixty years|-|-|year|ann=60"}},
		{"years since without a celebration is no anniversary", "It has been 50 years since the founding.", []string{}},
		{"of relations", "The 30th anniversary of diplomatic relations falls in 2027.", []string{"30th anniversary|-|-|year|ann=30", "2027|2027-01-01|2028-01-01|year"}},
		{"ordinal word", "It is the fiftieth anniversary.", []string{"fiftieth anniversary|-|-|year|ann=50"}},
		{"compound word", "The twenty-fifth anniversary gala was held.", []string{"twenty-fifth anniversary|-|-|year|ann=25"}},
		{"adjective between", "The 75th founding anniversary of the party.", []string{"75th founding anniversary|-|-|year|ann=75"}},
		{"capitalised", "Celebrations of the 25th Anniversary of Relations", []string{"25th Anniversary|-|-|year|ann=25"}},
		{"anniversary year no number", "In this anniversary year, more visits came.", nil},
	})
}

func TestParseWeekdays(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"monday alone", "The leaders met in Hanoi on Monday.", []string{"Monday|2025-11-24|2025-11-25|day|rel|wd=Mon"}},
		{"same weekday is ref", "Shares fell on Tuesday.", []string{"Tuesday|2025-11-25|2025-11-26|day|rel|wd=Tue"}},
		{"wednesday goes back", "Talks began on Wednesday.", []string{"Wednesday|2025-11-19|2025-11-20|day|rel|wd=Wed"}},
		{"a timetable's days after today's item are ahead", "The race covers 600 km: 150 km on Monday, today's 160 km to Riga and a time trial on Saturday.", []string{"Monday|2025-11-24|2025-11-25|day|rel|wd=Mon", "today's|2025-11-25|2025-11-26|day|rel", "Saturday|2025-11-29|2025-11-30|day|rel|wd=Sat"}},
		{"a timetable's passive present looks ahead", "The last four are decided on Sunday.", []string{"Sunday|2025-11-30|2025-12-01|day|rel|wd=Sun"}},
		{"a participle and its place date the past in a planning clause", "Pupils will test the platform under agreements signed in Hanoi on Monday.", []string{"Monday|2025-11-24|2025-11-25|day|rel|wd=Mon"}},
		{"a participle after its noun dates the past in a planning clause", "They plan to review the documents signed on Monday.", []string{"Monday|2025-11-24|2025-11-25|day|rel|wd=Mon"}},
		{"a passive future looks ahead", "The documents will be signed on Monday.", []string{"Monday|2025-12-01|2025-12-02|day|rel|wd=Mon"}},
		{"a future without a participle looks ahead", "They plan to sign the documents on Monday.", []string{"Monday|2025-12-01|2025-12-02|day|rel|wd=Mon"}},
		{"next year's budget approved on a past weekday", "The council approved next year's budget on Monday.", []string{"next year's|2026-01-01|2027-01-01|year|rel", "Monday|2025-11-24|2025-11-25|day|rel|wd=Mon"}},
		{"next week's summit is ahead when the clause says so", "Leaders will hold next week's summit on Monday.", []string{"next week's|2025-12-01|2025-12-08|week|rel", "Monday|2025-12-01|2025-12-02|day|rel|wd=Mon"}},
		{"a past clause nearer the date than a future", "The firm said it would cover costs on top of the payment it promised on Monday.", []string{"Monday|2025-11-24|2025-11-25|day|rel|wd=Mon"}},
		{"lowercase weekday", "it closed on friday.", []string{"friday|2025-11-21|2025-11-22|day|rel|wd=Fri"}},
		{"last sunday", "Voters went out last Sunday.", []string{"last Sunday|2025-11-23|2025-11-24|day|rel|wd=Sun"}},
		{"next friday", "The report lands next Friday.", []string{"next Friday|2025-12-05|2025-12-06|day|rel|wd=Fri"}},
		{"this friday", "The report lands this Friday.", []string{"this Friday|2025-11-28|2025-11-29|day|rel|wd=Fri"}},
		{"friday next week", "It lands Friday next week.", []string{"Friday next week|2025-12-05|2025-12-06|day|rel|wd=Fri"}},
		{"weekday the nth", "It was Thursday the 20th.", []string{"Thursday the 20th|2025-11-20|2025-11-21|day|wd=Thu"}},
		{"first friday of month", "Markets open the first Friday of December.", []string{"the first Friday of December|2025-12-05|2025-12-06|day|wd=Fri"}},
		{"wrong weekday stays visible", "At 9 a.m. on Sunday, 12 May, the ship docked.", []string{"Sunday, 12 May|2025-05-12|2025-05-13|day|wd=Sun"}},
		{"weekday matches usual year", "On Friday, November 21, markets fell.", []string{"Friday, November 21|2025-11-21|2025-11-22|day|wd=Fri"}},
		{"abbreviated weekday", "Due Wed, 22 of Jan.", []string{"Wed, 22 of Jan|2026-01-22|2026-01-23|day|wd=Wed"}},
		{"weekday name in a name", "Shops prepared for Black Friday sales.", nil},
		{"sat is a verb", "The panel sat for hours.", nil},
		{"abbreviation alone", "Wed", nil},
		{"abbreviation after on", "The vote is on Wed.", []string{"Wed|2025-11-26|2025-11-27|day|rel|wd=Wed"}}, // a timetable's present: the coming one
		{"a journey's future goes on past 'before flying'", "The president will hold talks in Hanoi on Tuesday before flying to Ho Chi Minh City for a business forum on Wednesday.",
			[]string{"Tuesday|2025-11-25|2025-11-26|day|rel|wd=Tue", "Wednesday|2025-11-26|2025-11-27|day|rel|wd=Wed"}},
		{"a timetable's present goes on past 'before flying'", "The delegation travels to Canterbury today to visit dairy farms and a university research farm before flying home on Friday.",
			[]string{"today|2025-11-25|2025-11-26|day|rel", "Friday|2025-11-28|2025-11-29|day|rel|wd=Fri"}},
		{"a timetable's plural present", "The team events run from Monday to Wednesday, and the individual events begin on Thursday.",
			[]string{"Monday|2025-11-24|2025-11-25|day|rel|wd=Mon", "Wednesday|2025-11-26|2025-11-27|day|rel|wd=Wed", "Thursday|2025-11-27|2025-11-28|day|rel|wd=Thu"}},
		{"a weekday after a range of days falls in it", "The events run from Tuesday to Friday, with the doubles final on Thursday.",
			[]string{"Tuesday|2025-11-25|2025-11-26|day|rel|wd=Tue", "Friday|2025-11-28|2025-11-29|day|rel|wd=Fri", "Thursday|2025-11-27|2025-11-28|day|rel|wd=Thu"}},
		{"a timetable's present after also", "The semi-finals are also on Saturday.",
			[]string{"Saturday|2025-11-29|2025-11-30|day|rel|wd=Sat"}},
		{"a list's commas past a with", "Concerts will be held at the Kraton, the Pagelaran hall and the museum courtyard, with a free closing concert on Sunday night.",
			[]string{"Sunday|2025-11-30|2025-12-01|day|rel|wd=Sun"}},
		{"a long future clause before a with", "Eight national teams will gather at Churchill Park in Lautoka this weekend for the Coral Coast Sevens, the biggest women's rugby tournament ever staged in Fiji, with pool matches starting on Friday and the final on Saturday evening.",
			[]string{"Friday|2025-11-28|2025-11-29|day|rel|wd=Fri", "Saturday|2025-11-29|2025-11-30|day|rel|wd=Sat"}},
		{"a timetable's copula", "The bronze-medal match is on Saturday and the final on Sunday.", []string{"Saturday|2025-11-29|2025-11-30|day|rel|wd=Sat", "Sunday|2025-11-30|2025-12-01|day|rel|wd=Sun"}},
		{"a timetable's copula with a place", "Game four is in Maribor on Saturday.", []string{"Saturday|2025-11-29|2025-11-30|day|rel|wd=Sat"}},
		{"it is in a place, no timetable", "It is in Hanoi on Saturday that the deal was signed.", []string{"Saturday|2025-11-22|2025-11-23|day|rel|wd=Sat"}},
		{"it is on, no timetable", "It is on Saturday that the deal was signed.", []string{"Saturday|2025-11-22|2025-11-23|day|rel|wd=Sat"}},
		{"a timetable's dated items", "Heats run until Wednesday, followed by the semifinals on Friday, the bronze match on Saturday and the final on Sunday.",
			[]string{"Wednesday|2025-11-26|2025-11-27|day|rel|fut|wd=Wed", "Friday|2025-11-28|2025-11-29|day|rel|wd=Fri", "Saturday|2025-11-29|2025-11-30|day|rel|wd=Sat", "Sunday|2025-11-30|2025-12-01|day|rel|wd=Sun"}},
	})
}

func TestParseNotDates(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"percent", "Some 70% of firms reported profits.", nil},
		{"count range", "Between 15-20 delegations visit yearly.", nil},
		{"millionth", "The port handled the 2 millionth TEU.", nil},
		{"time", "The session opened at 10:26.", nil},
		{"covid", "Covid-19 slowed travel.", nil},
		{"g7", "The G7 met in Italy.", nil},
		{"thousands", "Aid went to 2,200 projects.", nil},
		{"top economies", "It is among the top 35 economies.", nil},
		{"ftas", "Vietnam has signed 17 FTAs.", nil},
		{"year as count", "The firm built 2025 homes.", nil},
		{"year as count after cue", "It invested in 2000 projects.", nil},
		{"quantity cue", "Nearly 2000 people came.", nil},
		{"small standalone number", "It had 1850 staff members.", nil},
		{"currency", "It cost $2025 in fees.", nil},
		{"decimal", "The index closed at 2025.5 points.", nil},
		{"may verb", "Officials may 15 times revise it.", nil},
		{"march verb", "They march on the capital.", nil},
		{"floor", "She lives on the 27th floor.", nil},
		{"first prize", "He won the first prize.", nil},
		{"at dotted", "The rate stood at 4.22 today.", []string{"today|2025-11-25|2025-11-26|day|rel"}},
		{"range with nouns", "Growth of 4-5 percent is forecast.", nil},
		{"score", "The team won 3-1 on aggregate.", nil},
		{"fraction", "About 2/3 of members agreed.", nil},
		{"page number", "See page 12 for the table.", nil},
		{"number words", "Two thousand people marched.", nil},
		{"second half of the match", "In the second half he scored.", nil},
		{"million after year", "In 2025 million of tonnes moved.", nil},
		{"years of span", "Over 30 years, trade grew.", nil},
	})
}

func TestParseWithoutReference(t *testing.T) {
	runParseCases(t, time.Time{}, []parseCase{
		{"absolute resolves", "Signed on November 25, 2025.", []string{"November 25, 2025|2025-11-25|2025-11-26|day"}},
		{"year resolves", "In 2023, there were 40 delegations.", []string{"2023|2023-01-01|2024-01-01|year"}},
		{"no year stays open", "Effective from July 1.", []string{"July 1|-|-|day|since"}},
		{"ago stays open", "Ties were upgraded two years ago.", []string{"two years ago|-|-|year|rel|ago=2"}},
		{"last month stays open", "Last month, Gunma signed.", []string{"Last month|-|-|month|rel"}},
		{"weekday stays open", "They met on Monday.", []string{"Monday|-|-|day|rel|wd=Mon"}},
		{"past span stays open", "Over the past 5 years, it grew.", []string{"Over the past 5 years|-|-|year|rel|dur"}},
		{"deadline resolves", "By the end of 2025, it ends.", []string{"the end of 2025|2025-12-01|2026-01-01|month|deadline"}},
	})
}

func TestParseTimex(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"full", "on November 25, 2025", "2025-11-25"},
		{"no year", "on July 1", "XXXX-07-01"},
		{"month", "in April 2025", "2025-04"},
		{"decade", "the 1970s", "197"},
		{"quarter", "Q3 2024", "2024-Q3"},
		{"weekday", "on Monday", "XXXX-WXX-1"},
		{"span", "over the past 5 years", "P5Y"},
		{"range", "November 24-25, 2025", "(2025-11-24,2025-11-26,P2D)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ds := Parse(c.in, token.Scan(c.in, nil), time.Time{})
			require.Len(t, ds, 1)
			assert.Equal(t, c.want, ds[0].Timex)
		})
	}
}

func TestDurations(t *testing.T) {
	cases := []struct{ name, in, text, timex string }{
		{"years", "It lasted for 3 years.", "3 years", "P3Y"},
		{"glued", "Leave for 3h", "3h", "PT3H"},
		{"decimal", "for 3.5 years", "3.5 years", "P3.5Y"},
		{"words", "for two decades", "two decades", "P20Y"},
		{"half hour", "for half an hour", "half an hour", "PT0.5H"},
		{"and a half", "two and a half hours", "two and a half hours", "PT2.5H"},
		{"compound", "1 year 1 month 21 days", "1 year 1 month 21 days", "P1Y1M21D"},
		{"fortnight", "for a fortnight", "a fortnight", "P2W"},
		{"all day", "all-day", "all-day", "P1D"},
		{"vague", "a few minutes", "a few minutes", "PT3M"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ds := Durations(c.in, token.Scan(c.in, nil))
			require.Len(t, ds, 1)
			assert.Equal(t, c.text, c.in[ds[0].Start:ds[0].End])
			assert.Equal(t, c.timex, ds[0].Timex)
		})
	}
}

// TestValidDayMatchesTime checks the counted month lengths against the
// normalisation of time.Date, which validDay used to ask.
func TestValidDayMatchesTime(t *testing.T) {
	for _, y := range []int{-401, -400, -100, -4, -1, 0, 1, 4, 100, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9999} {
		for m := time.Month(0); m <= 13; m++ {
			for d := -1; d <= 33; d++ {
				want := false
				if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
					tm := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
					want = tm.Day() == d && tm.Month() == m
				}
				if got := validDay(y, m, d); got != want {
					t.Errorf("validDay(%d, %d, %d) = %v, want %v", y, m, d, got, want)
				}
			}
		}
	}
}

func TestWeekdayTimex(t *testing.T) {
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if got, want := weekdayTimex(wd), fmt.Sprintf("XXXX-WXX-%d", isoDay(wd)); got != want {
			t.Errorf("weekdayTimex(%v) = %q, want %q", wd, got, want)
		}
	}
}

// TestParseGatedNumbers covers the numbers that best lets past its cheap
// checks (a cue before a day, a joining "-" or "/", a dot) and those it
// turns away, so the checks stay no stricter than the grammars.
func TestParseGatedNumbers(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"on a plain day", "The hearing resumes on 15.", []string{"15|2025-11-15|2025-11-16|day"}},
		{"for a plain number", "The hearing resumes for 15.", nil},
		{"slash after a decimal", "Rates rose 2.4 percent on 4/22.", []string{"4/22|2025-04-22|2025-04-23|day"}},
		{"dash after a percent", "Prices fell 5% on 4-22, then 3% on 5.", []string{"4-22|2025-04-22|2025-04-23|day", "5|2025-12-05|2025-12-06|day"}},
		{"day of this month", "The fee is due on the 3rd of this month.", []string{"the 3rd of this month|2025-11-03|2025-11-04|day|rel"}},
		{"spelled day", "It closes on the twenty-first.", []string{"the twenty-first|2025-11-21|2025-11-22|day"}},
		{"spelled place after for", "The winner gets 6,000 francs, the runner-up 3,500 and 2,000 go for third.", nil},
		{"spelled day after on", "I went back on twenty second.", []string{"twenty second|2025-11-22|2025-11-23|day"}},
		{"spelled day after for the", "The vote is set for the third.", []string{"the third|2025-12-03|2025-12-04|day"}},
		{"numbered day after on", "The fair opens on 22nd.", []string{"22nd|2025-11-22|2025-11-23|day"}},
		{"decimal comma", "Shares rose 12,5% in trading.", nil},
		{"four parts", "Version 1-2-3 shipped 2024-05-06.", []string{"2024-05-06|2024-05-06|2024-05-07|day"}},
		{"decimal then dotted date", "Up 7.5 points; 13.5.2015 was the date.", []string{"13.5.2015|2015-05-13|2015-05-14|day"}},
		{"dotted pair mid-phrase", "On 4.22 the board met.", nil},
		{"en dash range of counts", "Sales grew 4–5 per cent in 2023.", []string{"2023|2023-01-01|2024-01-01|year"}},
	})
}

// TestParseWeekdayPointers checks that each date naming a weekday holds its
// own pointer: prefixWeekday reuses one while the grammars try a token.
func TestParseWeekdayPointers(t *testing.T) {
	in := "Talks ran Monday, May 5, and Tuesday, May 6, then 5/7."
	got := Parse(in, token.Scan(in, nil), tuesday)
	require.Len(t, got, 3)
	require.NotNil(t, got[0].Weekday)
	require.NotNil(t, got[1].Weekday)
	assert.Equal(t, time.Monday, *got[0].Weekday)
	assert.Equal(t, time.Tuesday, *got[1].Weekday)
	assert.NotSame(t, got[0].Weekday, got[1].Weekday)
	assert.Nil(t, got[2].Weekday)
}

// TestTimexYearTable checks the table of bare years against the value timex
// writes by hand, at its edges and beyond them.
func TestTimexYearTable(t *testing.T) {
	for _, y := range []int{0, 7, 999, 1000, 1001, 1970, 2025, 2999, 3000, 12345, noYear} {
		want := fmt.Sprintf("%04d", y)
		if y == noYear {
			want = "XXXX"
		}
		assert.Equal(t, want, timex(y, 0, 0), "year %d", y)
	}
	assert.Equal(t, "2025-11", timex(2025, 11, 0))
	assert.Equal(t, "2025-XX-05", timex(2025, 0, 5))
}
