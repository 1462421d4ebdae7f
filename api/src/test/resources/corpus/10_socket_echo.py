# socket.socketpair echo round trip.
import socket
a, b = socket.socketpair()
messages = [b"hello", b"world", b"x" * 100, "caf\u00e9".encode(), b"\x00\x01\xff"]
for m in messages:
    a.sendall(m)
    got = b""
    while len(got) < len(m):
        got += b.recv(1024)
    b.sendall(got[::-1])
    back = b""
    while len(back) < len(m):
        back += a.recv(1024)
    print(len(m), got == m, back[:10], back[::-1] == m)
text = "line one\nline two\n"
a.sendall(text.encode())
buf = b""
while len(buf) < len(text):
    buf += b.recv(4)
print(buf.decode().splitlines())
a.close()
b.close()
print("closed")
