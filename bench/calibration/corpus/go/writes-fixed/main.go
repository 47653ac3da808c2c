// Fixed: a bufio.Writer turns the lines into a few large writes.
package main

import (
	"bufio"
	"calib/common"
	"fmt"
	"os"
	"strconv"
)

//go:noinline
func writeReport(f *os.File, items []common.Record) {
	w := bufio.NewWriterSize(f, 64<<10)
	for _, it := range items {
		w.WriteString(strconv.Itoa(it.ID) + "," + it.Sku + "\n")
	}
	w.Flush()
}

func main() {
	defer common.Profile()()
	f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	items := common.Records(common.Size(100000))
	acc := uint32(0)
	for _, it := range items {
		acc ^= common.Checksum(it.Name)
	}
	for pass := 0; pass < 3; pass++ {
		writeReport(f, items)
	}
	fmt.Println(acc)
}
