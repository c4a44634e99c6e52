package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// exampleBlock matches a README example: a marker naming the command line, then a
// fenced block holding what that command prints.
var exampleBlock = regexp.MustCompile("(?s)<!-- example: claimcheck ([^>]*?) -->\n```([a-z]*)\n(.*?)```")

// TestReadmeExamples runs every README example marked `<!-- example: claimcheck ARGS -->`
// and compares its output with the block below the marker, so the README shows
// only output the tool really prints. go test ./cmd/claimcheck -run Readme -update
// rewrites the blocks.
func TestReadmeExamples(t *testing.T) {
	t.Chdir("../..")
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	blocks := exampleBlock.FindAllSubmatchIndex(readme, -1)
	require.NotEmpty(t, blocks, "README has no marked examples")
	var rewritten bytes.Buffer
	last := 0
	for _, m := range blocks {
		args := strings.Fields(string(readme[m[2]:m[3]]))
		var out bytes.Buffer
		io := &streams{In: strings.NewReader(""), Out: &out, ErrOut: &out, Getenv: func(string) string { return "" }}
		code := run(args, io)
		if code != exitOK {
			fmt.Fprintf(&out, "(exit status %d)\n", code)
		}
		got := out.String()
		if *update {
			rewritten.Write(readme[last:m[6]])
			rewritten.WriteString(got)
			last = m[7]
			continue
		}
		assert.Equal(t, string(readme[m[6]:m[7]]), got, "claimcheck %s", strings.Join(args, " "))
	}
	if *update {
		rewritten.Write(readme[last:])
		require.NoError(t, os.WriteFile("README.md", rewritten.Bytes(), 0o644))
	}
}

// sessionBlock matches a README shell session: a marker, then a console block of
// "$ command" lines each followed by what it printed.
var sessionBlock = regexp.MustCompile("(?s)<!-- session -->\n```console\n(.*?)```")

// TestReadmeSessions replays the README's shell sessions in one scratch git
// repository holding testdata/harbour as articles/, with a freshly built
// claimcheck on PATH, and compares what each command prints (stdout and stderr
// as a terminal would show them; "$ echo $?" prints the previous exit code).
// -update rewrites the outputs in README.md.
func TestReadmeSessions(t *testing.T) {
	for _, tool := range []string{"bash", "git", "sed"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("the README sessions need %s", tool)
		}
	}
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "claimcheck"), ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)
	scratch := t.TempDir()
	require.NoError(t, os.CopyFS(filepath.Join(scratch, "articles"), os.DirFS("testdata/harbour")))
	examples, err := filepath.Abs("../../examples")
	require.NoError(t, err)
	require.NoError(t, os.CopyFS(filepath.Join(scratch, "examples"), os.DirFS(examples)))
	git := exec.Command("git", "init", "-q", scratch)
	require.NoError(t, git.Run())

	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	env := []string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"), "HOME=" + scratch, "NO_COLOR=1", "LANG=C.UTF-8"}
	var rewritten bytes.Buffer
	last, code := 0, 0
	for _, m := range sessionBlock.FindAllSubmatchIndex(readme, -1) {
		rewritten.Write(readme[last:m[2]])
		for _, step := range parseSession(string(readme[m[2]:m[3]])) {
			var got string
			if step.cmd == "echo $?" {
				got = fmt.Sprintf("%d\n", code)
			} else {
				c := exec.Command("bash", "-c", step.cmd+" 2>&1")
				c.Dir, c.Env = scratch, env
				b, _ := c.Output()
				got, code = string(b), c.ProcessState.ExitCode()
			}
			if !*update {
				assert.Equal(t, step.want, got, "$ %s", step.cmd)
			}
			fmt.Fprintf(&rewritten, "$ %s\n%s", step.cmd, got)
		}
		last = m[3]
	}
	if *update {
		rewritten.Write(readme[last:])
		require.NoError(t, os.WriteFile("../../README.md", rewritten.Bytes(), 0o644))
	}
}

type sessionStep struct{ cmd, want string }

// parseSession splits a console block into commands and their expected output.
func parseSession(block string) []sessionStep {
	var steps []sessionStep
	for _, line := range strings.SplitAfter(block, "\n") {
		if strings.HasPrefix(line, "$ ") {
			steps = append(steps, sessionStep{cmd: strings.TrimSuffix(strings.TrimPrefix(line, "$ "), "\n")})
			continue
		}
		if len(steps) > 0 {
			steps[len(steps)-1].want += line
		}
	}
	return steps
}
