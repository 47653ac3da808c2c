// Fixed: the regexps are compiled once, at package level.
package main

import (
	"calib/common"
	"fmt"
	"regexp"
	"strings"
)

var (
	nonWord = regexp.MustCompile(`[^a-z0-9]+`)
	edges   = regexp.MustCompile(`^-+|-+$`)
)

//go:noinline
func slugify(name string) string {
	return edges.ReplaceAllString(nonWord.ReplaceAllString(strings.ToLower(name), "-"), "")
}

func main() {
	defer common.Profile()()
	acc := uint32(0)
	for _, it := range common.Records(common.Size(60000)) {
		acc += common.Checksum(it.Name) ^ uint32(len(slugify(it.Name)))
	}
	fmt.Println(acc)
}
