package config

import (
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// walker decodes a yaml.Node into the Config structs by hand so that every
// unknown key and every wrongly typed value is reported with its key path and
// line, rather than stopping at the first one as the yaml decoder does.
type walker struct {
	errs  *errorList
	lines map[string]int
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (w walker) walk(n *yaml.Node, v reflect.Value, path string) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if _, seen := w.lines[path]; !seen && path != "" {
		w.lines[path] = n.Line
	}
	switch v.Kind() {
	case reflect.Struct:
		w.walkStruct(n, v, path)
	case reflect.Map:
		w.walkMap(n, v, path)
	case reflect.Slice:
		w.walkSlice(n, v, path)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		if w.walkScalar(n, p.Elem(), path) {
			v.Set(p)
		}
	default:
		w.walkScalar(n, v, path)
	}
}

func (w walker) walkStruct(n *yaml.Node, v reflect.Value, path string) {
	if !w.isMapping(n, path) {
		return
	}
	fields := map[string]int{}
	var names []string
	for i := 0; i < v.NumField(); i++ {
		tag := strings.Split(v.Type().Field(i).Tag.Get("yaml"), ",")[0]
		if tag != "" && tag != "-" {
			fields[tag] = i
			names = append(names, tag)
		}
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if w.duplicate(seen, k, path) {
			continue
		}
		idx, ok := fields[k.Value]
		if !ok {
			w.errs.add(k.Line, path, "unknown key %q%s", k.Value, didYouMean(k.Value, names))
			continue
		}
		w.lines[join(path, k.Value)] = k.Line
		w.walk(val, v.Field(idx), join(path, k.Value))
	}
}

func (w walker) walkMap(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if !w.isMapping(n, path) {
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if w.duplicate(seen, k, path) {
			continue
		}
		if k.Kind != yaml.ScalarNode || k.Value == "" {
			w.errs.add(k.Line, path, "keys must be non-empty names")
			continue
		}
		key := join(path, k.Value)
		w.lines[key] = k.Line
		elem := reflect.New(v.Type().Elem()).Elem()
		if old := v.MapIndex(reflect.ValueOf(k.Value)); old.IsValid() {
			elem.Set(old)
		}
		w.walk(val, elem, key)
		v.SetMapIndex(reflect.ValueOf(k.Value), elem)
	}
}

func (w walker) walkSlice(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if n.Kind != yaml.SequenceNode {
		w.errs.add(n.Line, path, "want a list, got %s", describe(n))
		return
	}
	out := reflect.MakeSlice(v.Type(), 0, len(n.Content))
	for i, item := range n.Content {
		elem := reflect.New(v.Type().Elem()).Elem()
		if w.walkScalar(item, elem, path+"["+strconv.Itoa(i)+"]") {
			out = reflect.Append(out, elem)
		}
	}
	v.Set(out)
}

// walkScalar decodes a leaf, reporting a type mismatch in words a user reads.
func (w walker) walkScalar(n *yaml.Node, v reflect.Value, path string) bool {
	if n.Kind != yaml.ScalarNode {
		w.errs.add(n.Line, path, "want %s, got %s", kindName(v.Kind()), describe(n))
		return false
	}
	// yaml truncates 1.5 into an int field without a word; a day count must be whole.
	isInt := v.Kind() == reflect.Int || v.Kind() == reflect.Int64
	if isInt && n.Tag == "!!float" {
		w.errs.add(n.Line, path, "want %s, got %q", kindName(v.Kind()), n.Value)
		return false
	}
	if err := n.Decode(v.Addr().Interface()); err != nil {
		w.errs.add(n.Line, path, "want %s, got %q", kindName(v.Kind()), n.Value)
		return false
	}
	return true
}

// duplicate reports a key given twice in one mapping, which yaml.Node keeps
// silently and a plain decode would let the later one win.
func (w walker) duplicate(seen map[string]int, k *yaml.Node, path string) bool {
	if first, ok := seen[k.Value]; ok {
		w.errs.add(k.Line, path, "duplicate key %q (first at line %d)", k.Value, first)
		return true
	}
	seen[k.Value] = k.Line
	return false
}

func (w walker) isMapping(n *yaml.Node, path string) bool {
	if n.Kind != yaml.MappingNode {
		w.errs.add(n.Line, path, "want a mapping of keys to values, got %s", describe(n))
		return false
	}
	return true
}

func kindName(k reflect.Kind) string {
	switch k {
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int64:
		return "a whole number"
	case reflect.Float64:
		return "a number"
	}
	return "a text"
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	return strings.TrimSpace(`"` + n.Value + `"`)
}
