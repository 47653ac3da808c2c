// Fixed: the price list is read once and kept in memory.
package main

import (
	"calib/common"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

var prices string

//go:noinline
func priceFor(sku string) int {
	s := prices
	at := strings.Index(s, sku+"=")
	if at < 0 {
		return 0
	}
	end := strings.IndexByte(s[at:], '\n')
	if end < 0 {
		end = len(s) - at
	}
	v, _ := strconv.Atoi(s[at+len(sku)+1 : at+end])
	return v
}

func main() {
	defer common.Profile()()
	dir, _ := os.MkdirTemp("", "calib-")
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "prices.txt")
	lines := make([]string, 400)
	for i := range lines {
		lines[i] = fmt.Sprintf("SKU-%d=%d", i, (i*37)%1000)
	}
	os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644)
	text, err := os.ReadFile(file)
	if err != nil {
		panic(err)
	}
	prices = string(text)
	acc := uint32(0)
	for _, it := range common.Records(common.Size(30000)) {
		acc ^= common.Checksum(it.Name) ^ uint32(priceFor(fmt.Sprintf("SKU-%d", it.ID%500)))
	}
	fmt.Println(acc)
}
