// Package benchcpu reports benchmark throughput per CPU second: on a machine
// shared with other jobs, MB per CPU second varies far less than MB per wall
// second.
package benchcpu

import (
	"syscall"
	"testing"
	"time"
)

// Now returns the CPU time this process has used so far.
func Now() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Report reports the throughput per CPU second since start as "cpu-MB/s" for a
// benchmark that handles bytes per iteration.
func Report(b *testing.B, bytes int64, start time.Duration) {
	if d := Now() - start; d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d.Seconds(), "cpu-MB/s")
	}
}
