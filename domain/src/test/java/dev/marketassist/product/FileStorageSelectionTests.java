package dev.marketassist.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/** {@code market.files.storage} picks the one {@link FileStorage}: GridFS unless set to {@code telegram}. */
class FileStorageSelectionTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withBean(MongoDatabaseFactory.class, () -> mock(MongoDatabaseFactory.class))
		.withBean(MongoConverter.class, () -> mock(MongoConverter.class))
		.withBean(UploadedFiles.class, () -> mock(UploadedFiles.class))
		.withBean(Clock.class, Clock::systemUTC)
		.withUserConfiguration(GridFsFileStorage.class, TelegramFileReferences.class);

	@Test
	void keepsFilesInGridFsByDefault() {
		context.run(c -> assertThat(c).getBean(FileStorage.class).isInstanceOf(GridFsFileStorage.class));
		context.withPropertyValues("market.files.storage=gridfs")
			.run(c -> assertThat(c).getBean(FileStorage.class).isInstanceOf(GridFsFileStorage.class));
	}

	@Test
	void keepsOnlyTelegramReferencesWhenAskedTo() {
		context.withPropertyValues("market.files.storage=telegram")
			.run(c -> assertThat(c).getBean(FileStorage.class).isInstanceOf(TelegramFileReferences.class));
	}

}
