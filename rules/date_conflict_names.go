package rules

// How an event is named around its date, beyond the shared words: the noun
// phrase before the date ("a capital markets day on"), the verb and its object
// ("made landfall"), what an origin verb or anniversary starts, and the words
// that tell events apart (ends, places, reporting verbs).

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
)

// endStems mark a date as the end of something: "ended a three-day visit on
// Tuesday" and "began talks on Monday" date two events.
var endStems = map[string]bool{"end": true, "conclud": true, "close": true, "finish": true, "wrap": true,
	"wound": true, "left": true, "depart": true}

// anchorBefore returns the stems of the content words that end right before
// the date, after its preposition ("a capital markets day on" → "capit
// market"), in text order, or "" when fewer than two.
func anchorBefore(before []token.Token, text string) string {
	i := len(before) - 1
	if i >= 0 && before[i].Kind == token.Word {
		switch foldWord(before[i].Text(text)) {
		case "on", "at", "in", "for", "until", "from":
			i--
		}
	}
	var stems []string
	for ; i >= 0 && before[i].Kind == token.Word; i-- {
		f := foldWord(before[i].Text(text))
		if stopWords[f] {
			break
		}
		if !dateWords[f] {
			stems = append([]string{stemWord(f)}, stems...)
		}
	}
	if len(stems) < 2 {
		return ""
	}
	return strings.Join(stems, " ")
}

// relativeWord reports whether w opens a relative clause.
func relativeWord(w string) bool {
	switch strings.ToLower(w) {
	case "which", "who", "whose", "where":
		return true
	}
	return false
}

// objectStems returns the stems of up to three content words that open toks,
// skipping articles and stopping at punctuation or a date word.
func objectStems(toks []token.Token, text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if t.Kind != token.Word || len(out) == 3 {
			break
		}
		f := foldWord(t.Text(text))
		if f == "" || dateWords[f] {
			break
		}
		if stopWords[f] {
			if len(out) > 0 {
				break
			}
			continue
		}
		out[stemWord(f)] = true
	}
	return out
}

// verbObject returns the stem of the verb at clause[i] and of the content word
// right after it ("made landfall"), or "" when the next word is no content word.
func verbObject(clause []token.Token, i int, text, verb string) string {
	if landfallVerb(verb) && coastAhead(clause, i, text) {
		return "landfal" // "crashed into Bangladesh's southwestern coast", "crossed the coast near Mongla"
	}
	if i+1 >= len(clause) || clause[i+1].Kind != token.Word {
		return ""
	}
	f := foldWord(clause[i+1].Text(text))
	if f == "" || stopWords[f] || dateWords[f] {
		return ""
	}
	if f == "ashore" || f == "landfall" {
		return "landfal" // "came ashore", "made landfall": one storm reaching land
	}
	return verb + " " + stemWord(f)
}

// landfallVerb reports a verb (stem) a storm reaches land with: "crashed
// into the coast", "crossed the coast", "slammed into the coastline".
func landfallVerb(st string) bool {
	switch st {
	case "cross", "crash", "slam", "hit", "struck", "strike", "smash", "lash", "batter", "reach":
		return true
	}
	return false
}

// coastAhead reports "coast", "coastline" or "shore" among the five words
// after clause[i], none of them a verb of its own.
func coastAhead(clause []token.Token, i int, text string) bool {
	for k := i + 1; k < len(clause) && k <= i+5; k++ {
		if clause[k].Kind != token.Word {
			continue
		}
		switch foldWord(clause[k].Text(text)) {
		case "coast", "coastline", "shore", "shoreline":
			return true
		}
	}
	return false
}

// eventNouns name events even when capitalised in a name ("the Ha Long Heritage
// Marathon"), unlike places ("Nueva Solana"), which events share without being one.
var eventNouns = map[string]bool{"marathon": true, "summit": true, "forum": true, "festiv": true,
	"confer": true, "congress": true, "championship": true, "tournament": true, "cup": true,
	"game": true, "expo": true, "fair": true, "ceremoni": true, "race": true, "elect": true,
	"referendum": true, "meet": true, "session": true, "visit": true, "launch": true}

// multiDayEvents are the event nouns that name something lasting days (a
// championship, a fair): a day in one source and another day in the next may
// date two of its days, so their names alone make no shared event.
var multiDayEvents = map[string]bool{"championship": true, "tournament": true, "game": true, "festiv": true,
	"expo": true, "fair": true, "confer": true, "congress": true, "cup": true, "session": true, "olympiad": true}

// medalStems are what a competition hands out day after day, and winning it:
// "won five golds
// on Tuesday" and "took four more golds on Wednesday" are two days' medals.
var medalStems = map[string]bool{"medal": true, "gold": true, "silver": true, "bronz": true, "podium": true, "win": true}

// reportStems say that something was counted or told, not what happened:
// "480 mm recorded on Monday" and "21 deaths recorded on Tuesday" share no event.
var reportStems = map[string]bool{"record": true, "report": true, "said": true, "say": true,
	"accord": true, "announc": true, "confirm": true, "state": true}

// endsSomething reports whether a window holds a verb that ends something.
func endsSomething(ev eventWords) bool {
	if ev.ends {
		return true
	}
	for st := range ev.stems {
		if endStems[st] {
			return true
		}
	}
	for st := range ev.acts {
		if endStems[st] {
			return true // "wrapped up a two-day review of … in Brussels yesterday": the clause's verb
		}
	}
	return false
}
