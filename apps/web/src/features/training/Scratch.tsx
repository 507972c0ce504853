// TEMPORARY scratch route to view person.tsx components; removed before the final commit.
import { Flex } from 'antd';
import { useParams } from 'react-router';
import { PersonPlacements, StartPlacementButton, StuckOverseasCard } from '../overseas/person';
import { EnrolInCourseButton, PersonTraining, TrainingFollowUpsCard } from './person';

export function Scratch() {
  const { id = '' } = useParams();
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap="wrap">
        <EnrolInCourseButton personId={id} />
        <StartPlacementButton personId={id} />
      </Flex>
      <PersonTraining personId={id} />
      <PersonPlacements personId={id} />
      <TrainingFollowUpsCard />
      <StuckOverseasCard />
    </Flex>
  );
}
