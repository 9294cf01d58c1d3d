package dev.nightshift.store;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.dataset.DatasetBase;
import io.jhdf.object.datatype.StringData;

/**
 * Checked access to the nodes of one store's {@code /data} group for the reader: every
 * failure names the file and the node, so an operator knows which store to look at.
 */
final class StoreNodes {

	private final Path store;

	private final Group group;

	private final Charset encoding;

	StoreNodes(Path store, Group group) {
		this.store = store;
		this.group = group;
		Object encoding = attributeValue(group, PandasLayout.ENCODING);
		try {
			this.encoding = (encoding != null) ? Charset.forName(encoding.toString()) : StandardCharsets.UTF_8;
		}
		catch (IllegalArgumentException ex) {
			throw layout(group, "has an unknown encoding '" + encoding + "'");
		}
	}

	Path store() {
		return this.store;
	}

	Group group() {
		return this.group;
	}

	/** A failure of the group itself. */
	IllegalArgumentException layout(String problem) {
		return layout(this.group, problem);
	}

	/**
	 * Decodes the names from their bytes with the store's encoding, as pandas does:
	 * pandas writes UTF-8 bytes into datasets typed ASCII, which jHDF would decode as
	 * ASCII.
	 */
	String[] names(String node) {
		Dataset dataset = regular(node);
		expect(dataset, PandasLayout.KIND, PandasLayout.KIND_STRING);
		if (!(dataset.getDataType() instanceof StringData type) || dataset.getDimensions().length != 1
				|| !(dataset instanceof DatasetBase base)) {
			throw layout(dataset, "is not a one-dimensional array of fixed-length strings");
		}
		ByteBuffer buffer = base.getDataBuffer();
		byte[] bytes = new byte[type.getSize()];
		String[] names = new String[dataset.getDimensions()[0]];
		for (int i = 0; i < names.length; i++) {
			buffer.get(bytes);
			int length = 0;
			while (length < bytes.length && bytes[length] != 0) {
				length++;
			}
			names[i] = new String(bytes, 0, length, this.encoding);
			try {
				SeriesFrame.checkName("column name", names[i]);
			}
			catch (IllegalArgumentException ex) {
				throw layout(dataset, "holds a name we cannot keep: " + ex.getMessage());
			}
		}
		return names;
	}

	Dataset regular(String node) {
		expect(this.group, node + PandasLayout.VARIETY, PandasLayout.REGULAR);
		return dataset(node);
	}

	Dataset dataset(String name) {
		if (this.group.getChild(name) instanceof Dataset dataset) {
			return dataset;
		}
		throw layout(this.group, "has no dataset " + name);
	}

	void expect(Node node, String attribute, String value) {
		Object actual = attributeValue(node, attribute);
		if (!value.equals(actual)) {
			throw layout(node, attribute + " is " + ((actual instanceof String) ? "'" + actual + "'" : actual)
					+ ", not '" + value + "'");
		}
	}

	long longAttribute(Node node, String attribute) {
		if (attributeValue(node, attribute) instanceof Number number) {
			return number.longValue();
		}
		throw layout(node, attribute + " is not a number");
	}

	static Object attributeValue(Node node, String name) {
		Attribute attribute = node.getAttribute(name);
		return (attribute != null) ? attribute.getData() : null;
	}

	IllegalArgumentException layout(Node node, String problem) {
		String path = node.getPath().endsWith("/") ? node.getPath().substring(0, node.getPath().length() - 1)
				: node.getPath();
		return new IllegalArgumentException(
				this.store + " is not a pandas fixed-format frame we can read: " + path + " " + problem);
	}

}
