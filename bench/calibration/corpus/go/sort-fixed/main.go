// Fixed: the prices are sorted once; each query is a binary search.
package main

import (
	"calib/common"
	"fmt"
	"sort"
)

//go:noinline
func cheapestAbove(sorted []int, floor int) int {
	i := sort.SearchInts(sorted, floor+1)
	if i < len(sorted) {
		return sorted[i]
	}
	return -1
}

func main() {
	defer common.Profile()()
	n := common.Size(4000)
	items := common.Records(n)
	prices := make([]int, n)
	acc := uint32(0)
	for i, it := range items {
		prices[i] = (it.ID * 7919) % 10007
		acc ^= common.Checksum(it.Name)
	}
	sorted := append([]int(nil), prices...)
	sort.Ints(sorted)
	for q := 0; q < n/10; q++ {
		acc ^= uint32(cheapestAbove(sorted, (q*131)%10007))
	}
	fmt.Println(acc)
}
