package config

// Template returns a commented .claimcheck.yaml holding the defaults, which
// `claimcheck init` writes. It loads and validates as it stands.
func Template() string {
	return `# claimcheck configuration. Every key is optional; the values below are the defaults.
# Run "claimcheck rules" for the rule IDs and "claimcheck explain ID" for what each checks.

# Turn rules off or change their severity (error, warning or info).
rules: {}
#   numeric-conflict:
#     severity: error
#   quote-mismatch:
#     enabled: false

# How much slack rules allow before two claims disagree.
tolerances:
  # Scales the width hedges get: "about 40" spans 35..45 at 1, 30..50 at 2.
  granularity: 1
  # Relative difference tolerated between two conversions of one amount
  # (say USD and EUR figures for the same deal): 0.05 is 5%.
  conversion_rate: 0.05
  # Days two dates of the same event may differ and still agree.
  date_window_days: 0

# Other phrasings of a measure, so differently worded claims are compared.
aliases: {}
#   cooperation agreement:
#     - partnership deal
#     - memorandum of understanding

# Extra markers of text that is not part of the article (footers, teasers);
# a line starting with one is ignored.
boilerplate: []
#   - "Read more:"
#   - "Subscribe to our newsletter"

# Slash-separated globs for the files checked when walking directories;
# "**" spans directories. An empty include means every supported file.
include: []
#   - "articles/**/*.md"
exclude: []
#   - "**/drafts/**"

# Lowest severity that makes the exit code 1: error, warning, info or none.
fail_on: error
`
}
