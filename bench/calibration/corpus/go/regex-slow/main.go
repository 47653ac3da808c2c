// Planted: slugify compiles its regexps on every call (precompile-regex).
package main

import (
	"calib/common"
	"fmt"
	"regexp"
	"strings"
)

//go:noinline
func slugify(name string) string {
	nonWord := regexp.MustCompile(`[^a-z0-9]+`)
	edges := regexp.MustCompile(`^-+|-+$`)
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
