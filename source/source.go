// Package source loads articles from paths into claims.Documents: plain text,
// Markdown and HTML, with their metadata, boilerplate ranges and inline
// suppressions.
package source

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
)

// Options control loading.
type Options struct {
	Stdin io.Reader // read for the path "-"
	// ExtraBoilerplate are more markers that start a trailing non-article block.
	ExtraBoilerplate []string
	// Include and Exclude are glob patterns on paths found while walking directories.
	Include, Exclude []string
}

// articleExts are the extensions picked while walking directories.
var articleExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// job is one file to read: the path to report and whether it is stdin.
type job struct {
	path  string
	stdin bool
}

// Load reads every path (files, directories walked recursively, "-" for stdin) and
// returns the documents in a stable order. Errors name the file and the reason; a bad
// file does not stop the others from loading.
func Load(paths []string, opt Options) ([]*claims.Document, []error) {
	var errs []error
	var jobs []job
	seen := map[string]bool{}
	add := func(j job) {
		key := j.path
		if !j.stdin {
			key = filepath.Clean(j.path)
		}
		if !seen[key] {
			seen[key] = true
			jobs = append(jobs, j)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(job{path: "-", stdin: true})
			continue
		}
		info, err := os.Stat(p)
		switch {
		case err != nil:
			errs = append(errs, statError(p, err))
		case info.IsDir():
			files, werrs := walk(p, opt)
			errs = append(errs, werrs...)
			for _, f := range files {
				add(job{path: f})
			}
		case filepath.Base(p) == ManifestName:
			// The manifest describes articles; it is not one.
		default:
			add(job{path: p})
		}
	}
	l := &loader{opt: opt, manifests: map[string]manifestResult{}}
	docs := make([]*claims.Document, len(jobs))
	jerrs := make([]error, len(jobs))
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(jobs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				docs[i], jerrs[i] = l.load(jobs[i])
			}
		}()
	}
	for i := range jobs {
		work <- i
	}
	close(work)
	wg.Wait()
	var out []*claims.Document
	for i := range jobs {
		if docs[i] != nil {
			out = append(out, docs[i])
		}
		if jerrs[i] != nil {
			errs = append(errs, jerrs[i])
		}
	}
	errs = append(errs, l.manifestErrors()...)
	return out, errs
}

// statError explains why a path named on the command line cannot be read.
func statError(p string, err error) *Error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &Error{Path: p, Reason: "no such file or directory", Err: err}
	case errors.Is(err, fs.ErrPermission):
		return &Error{Path: p, Reason: "permission denied", Err: err}
	}
	return newError(p, "cannot read", unwrapPath(err))
}

// unwrapPath drops the *fs.PathError wrapper, whose message repeats the path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// walk lists the article files under root in lexical order, honouring the
// include and exclude globs. Hidden directories are not entered.
func walk(root string, opt Options) ([]string, []error) {
	var files []string
	var errs []error
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, statError(p, err))
			if d != nil && d.IsDir() && p != root {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && strings.HasPrefix(name, ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !articleExts[strings.ToLower(filepath.Ext(name))] {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel, full := filepath.ToSlash(rel), filepath.ToSlash(p)
		if len(opt.Include) > 0 && !matchAny(opt.Include, rel, full) || matchAny(opt.Exclude, rel, full) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if info, err := os.Stat(p); err != nil || info.IsDir() {
				return nil // a link to a directory is not followed; a broken one is reported on read
			}
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		errs = append(errs, newError(root, "cannot walk directory", err))
	}
	if len(files) == 0 && len(errs) == 0 {
		reason := "no articles found (looked for .txt, .md, .markdown, .html, .htm)"
		if len(opt.Include)+len(opt.Exclude) > 0 {
			reason = "no articles found matching the include and exclude patterns"
		}
		errs = append(errs, &Error{Path: root, Reason: reason})
	}
	return files, errs
}

// loader reads files and remembers the manifests it parsed.
type loader struct {
	opt       Options
	mu        sync.Mutex
	manifests map[string]manifestResult // by directory
}

type manifestResult struct {
	m   manifest
	err error
}

// load reads one job and builds its document.
func (l *loader) load(j job) (*claims.Document, error) {
	var data []byte
	var err error
	if j.stdin {
		if l.opt.Stdin == nil {
			return nil, &Error{Path: "-", Reason: "no standard input"}
		}
		data, err = io.ReadAll(io.LimitReader(l.opt.Stdin, MaxFileSize+1))
	} else {
		data, err = readFile(j.path)
	}
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			return nil, e
		}
		return nil, statError(j.path, err)
	}
	return l.build(j.path, data)
}

// readFile reads a file after checking its size, so huge files are not read.
func readFile(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, &Error{Path: p, Reason: "is a directory"}
	}
	if info.Size() > MaxFileSize {
		return nil, &Error{Path: p, Reason: fmt.Sprintf("file too large (%d bytes, limit %d)", info.Size(), MaxFileSize)}
	}
	return io.ReadAll(io.LimitReader(f, MaxFileSize+1))
}

// manifestFor returns the manifest beside path, parsed once per directory.
func (l *loader) manifestFor(path string) manifest {
	if path == "-" {
		return nil
	}
	dir := filepath.Dir(path)
	l.mu.Lock()
	defer l.mu.Unlock()
	if r, ok := l.manifests[dir]; ok {
		return r.m
	}
	var r manifestResult
	mp := filepath.Join(dir, ManifestName)
	data, err := os.ReadFile(mp)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		r.err = newError(mp, "cannot read manifest", unwrapPath(err))
	default:
		if r.m, err = parseManifest(data); err != nil {
			r.err = newError(mp, "invalid manifest", err)
		}
	}
	l.manifests[dir] = r
	return r.m
}

// manifestErrors returns the errors of the manifests read, in directory order.
func (l *loader) manifestErrors() []error {
	var dirs []string
	for d, r := range l.manifests {
		if r.err != nil {
			dirs = append(dirs, d)
		}
	}
	sortStrings(dirs)
	var out []error
	for _, d := range dirs {
		out = append(out, l.manifests[d].err)
	}
	return out
}

// ReadOne builds the document of one file's bytes. path is what positions
// report ("-" for stdin); the manifest beside it, if any, supplies metadata.
// When the document loads but part of it is unusable (bad front matter, a date
// that does not parse) ReadOne returns both the document and an *Error.
func ReadOne(path string, data []byte, opt Options) (*claims.Document, error) {
	l := &loader{opt: opt, manifests: map[string]manifestResult{}}
	doc, err := l.build(path, data)
	if merrs := l.manifestErrors(); err == nil && len(merrs) > 0 {
		err = merrs[0]
	}
	return doc, err
}
