// Command claimcheck reads news articles, turns their claims into typed facts and
// flags where sources contradict each other or themselves.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], newStreams())) }
