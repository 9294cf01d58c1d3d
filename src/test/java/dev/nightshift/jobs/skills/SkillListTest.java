package dev.nightshift.jobs.skills;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SkillListTest {

	@TempDir
	Path temp;

	@Test
	void aCsvFileGivesItsNameColumnInOrderEachOnce() throws Exception {
		Path file = Files.writeString(this.temp.resolve("Skills.csv"),
				"Id,Name,Kind\n1,Python,language\n2,\"C++\",language\n3,\"Power BI, Desktop\",tool\n4,Python,again\n5,,none\n");

		assertThat(SkillList.read(file).names()).containsExactly("Python", "C++", "Power BI, Desktop");
	}

	@Test
	void anyOtherFileHasOneSkillPerLineTakenAsWritten() throws Exception {
		Path file = Files.writeString(this.temp.resolve("skills.txt"), "Java\r\n.NET\n\n R \nJava\nC#");

		assertThat(SkillList.read(file).names()).containsExactly("Java", ".NET", " R ", "C#");
	}

	@Test
	void aBadListIsRefusedNamingTheFileAndTheEntry() throws Exception {
		Path tab = Files.writeString(this.temp.resolve("tab.txt"), "Java\nSpark\tSQL\n");
		Path noName = Files.writeString(this.temp.resolve("other.csv"), "Skill\nJava\n");
		Path empty = Files.writeString(this.temp.resolve("empty.txt"), "\n\n");

		assertThatIllegalArgumentException().isThrownBy(() -> SkillList.read(tab))
			.withMessage("skills file %s line 2: a skill may not hold a tab or a line break: 'Spark\\tSQL'", tab);
		assertThatIllegalArgumentException().isThrownBy(() -> SkillList.read(noName))
			.withMessage("skills file %s has no column 'Name' (columns: Skill)", noName);
		assertThatIllegalArgumentException().isThrownBy(() -> SkillList.read(empty))
			.withMessage("skills file %s lists no skills", empty);
	}

	@Test
	void chunksAreThoseOfTheSeedsMakeChunks() {
		SkillList skills = new SkillList(List.of("a", "b", "c", "d", "e", "f", "g"));

		assertThat(List.of(skills.chunk(0, 3), skills.chunk(1, 3), skills.chunk(2, 3))).extracting(SkillList::names)
			.containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"), List.of("g"));
		assertThat(skills.chunk(4, 5).names()).isEmpty();
		assertThat(skills.chunk(0, 1)).isEqualTo(skills);
	}

}
