package dev.nightshift.engine;

/** Unsigned LEB128 decoding, shared by run files and codecs. */
final class VarInts {

	private VarInts() {
	}

	static long readVarLong(byte[] bytes, int offset) {
		long result = 0;
		int shift = 0;
		byte b;
		do {
			b = bytes[offset++];
			result |= (long) (b & 0x7F) << shift;
			shift += 7;
		}
		while (b < 0);
		return result;
	}

}
