package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCPUProfileFlag(t *testing.T) {
	t.Run("writes a profile and keeps the exit code", func(t *testing.T) {
		c := newCLI(t)
		abs, err := filepath.Abs(harbourDir) // one warning
		require.NoError(t, err)
		prof := filepath.Join(c.dir, "cpu.prof")
		r := c.run("check", "--fail-on", "warning", abs, "--cpuprofile", prof)
		assert.Equal(t, exitFindings, r.code, r.errOut)
		st, err := os.Stat(prof)
		require.NoError(t, err)
		assert.Positive(t, st.Size())
	})
	t.Run("unwritable path is a usage error naming the flag", func(t *testing.T) {
		c := newCLI(t)
		r := c.run("check", harbourDir, "--cpuprofile", filepath.Join(c.dir, "missing", "cpu.prof"))
		assert.Equal(t, exitError, r.code)
		assert.Contains(t, r.errOut, "--cpuprofile")
	})
	t.Run("hidden from help", func(t *testing.T) {
		r := newCLI(t).run("check", "--help")
		assert.NotContains(t, r.out, "cpuprofile")
	})
}
